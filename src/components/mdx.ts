/**
 * The components chapters may use in MDX, by name. Adding a component here makes it available
 * in every chapter without an import line. The widgets come from their one list, src/widgets/index.ts.
 */
import Callout from "./Callout.astro";
import Cell from "./Cell.astro";
import TemperatureChart from "./TemperatureChart.astro";
import Exercise from "./Exercise.astro";
import Quiz from "./Quiz.astro";
import { widgetComponents } from "../widgets/components.ts";
import Num from "./Num.astro";
import Predict from "./Predict.astro";

export const mdxComponents = {
  Num,
  Quiz,
  Predict,
  Exercise,
  Callout,
  Cell,
  TemperatureChart,
  ...widgetComponents,
};
