/**
 * The components chapters may use in MDX, by name. Adding a component here makes it available
 * in every chapter without an import line.
 */
import Callout from "./Callout.astro";
import Cell from "./Cell.astro";
import TemperatureChart from "./TemperatureChart.astro";
import Exercise from "./Exercise.astro";
import Quiz from "./Quiz.astro";
import DictionaryLookup from "../widgets/dictionary-lookup/DictionaryLookup.astro";
import SoftLookup from "../widgets/soft-lookup/SoftLookup.astro";
import EncoderStates from "../widgets/encoder-states/EncoderStates.astro";
import DecoderQuery from "../widgets/decoder-query/DecoderQuery.astro";
import AlignmentHeatmap from "../widgets/alignment-heatmap/AlignmentHeatmap.astro";
import Concatenation from "../widgets/concatenation/Concatenation.astro";
import TrainModel from "../widgets/train-model/TrainModel.astro";
import LengthAccuracy from "../widgets/length-accuracy/LengthAccuracy.astro";
import ModelWalkthrough from "../widgets/model-walkthrough/ModelWalkthrough.astro";

export const mdxComponents = {
  Quiz,
  Exercise,
  Callout,
  Cell,
  TemperatureChart,
  DictionaryLookup,
  SoftLookup,
  EncoderStates,
  DecoderQuery,
  AlignmentHeatmap,
  Concatenation,
  TrainModel,
  LengthAccuracy,
  ModelWalkthrough,
};
