// The reader's core flows in WebKit, Safari's engine (WebKitGTK's MiniBrowser over WebDriver).
import { webkit } from "./driver.ts";
import { readerFlows } from "./flows.ts";

readerFlows(webkit, { probe: true });
