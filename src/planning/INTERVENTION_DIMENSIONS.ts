/**
 * Which deprivation dimension each intervention type serves — the table behind the "fit"
 * factor of {@link prioritizeInterventions}' default objective. Keys are the programme's
 * intervention types (`InterventionType` in `mahalleh/models`), values the dimensions of the
 * standard indicator catalogue. Replace it with `options.typeDimensions` when your index has
 * other dimensions or your programme reads the types differently; a type missing from the
 * table (like `"other"`) gets fit 1.
 *
 * | type | dimension |
 * | --- | --- |
 * | educational-space, training-course, ai-education, school-startups | education |
 * | health-centre | health |
 * | production-workshop, vocational-skills, job-counselling-centre | employment |
 * | home-business-support | economy |
 * | public-culture-programme | culture |
 * | infrastructure | housing-infrastructure |
 *
 * @example
 * ```ts
 * import { INTERVENTION_DIMENSIONS } from "mahalleh/planning";
 * INTERVENTION_DIMENSIONS["health-centre"]; // => "health"
 * INTERVENTION_DIMENSIONS["other"]; // => undefined
 * ```
 *
 * @category Portfolio
 */
export const INTERVENTION_DIMENSIONS: Readonly<Record<string, string>> = Object.freeze({
  "educational-space": "education",
  "training-course": "education",
  "ai-education": "education",
  "school-startups": "education",
  "health-centre": "health",
  "production-workshop": "employment",
  "vocational-skills": "employment",
  "job-counselling-centre": "employment",
  "home-business-support": "economy",
  "public-culture-programme": "culture",
  infrastructure: "housing-infrastructure",
});
