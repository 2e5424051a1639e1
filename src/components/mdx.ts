/**
 * The components chapters may use in MDX, by name. Adding a component here makes it available
 * in every chapter without an import line.
 */
import Callout from "./Callout.astro";
import Cell from "./Cell.astro";
import TemperatureChart from "./TemperatureChart.astro";
import Exercise from "./Exercise.astro";
import Quiz from "./Quiz.astro";

export const mdxComponents = {
  Quiz,
  Exercise,
  Callout,
  Cell,
  TemperatureChart,
};
