// The key of an answer in an assessment: the catalog id and the item id, so two catalogs never collide.
// Apart from the schemas, so the window can use it without loading the schema library.
export function answerKey(catalogId: string, itemId: string): string {
  return `${catalogId}/${itemId}`;
}
