// The reader's core flows in Firefox (Debian's firefox-esr, over WebDriver BiDi).
import { firefox } from "./driver.ts";
import { readerFlows } from "./flows.ts";

readerFlows(firefox, { probe: false });
