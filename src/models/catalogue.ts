/**
 * An entry of a catalogue: a stable id with Persian and English labels.
 *
 * @typeParam Id - the id type
 * @category Catalogues
 */
export interface CatalogueEntry<Id extends string = string> {
  /** Stable machine id (kebab-case Latin). */
  readonly id: Id;
  /** Persian label. */
  readonly nameFa: string;
  /** English label. */
  readonly nameEn: string;
}
