// The nodes a load wrote, by document id, as the server named them (`elementId`): facts and mentions then
// find their ends by element id (a direct store read) instead of through the uniqueness index, whose
// locking seek also takes a shared lock per lookup, held to commit. Element ids are kept compactly: the
// server's ids share a prefix (`4:<database>:`) and end in the node's number, so only the number is kept
// and statements match `elementId(n) = $nodePrefix + row.node` (the very string the server returned). Ids
// of another shape switch the shortcut off, and ends that were not written by this load are looked up by
// id as before.
// Valid for the load that wrote the nodes: an element id can be reused once its node is deleted, and the
// statements check the label only.

export class NodeRefs {
  private prefix: string | undefined;
  private readonly numbers = new Map<string, string>();
  private usable = true;

  /** Records the element ids the server returned for the document ids `ids` (parallel lists). */
  add(ids: readonly string[], elementIds: readonly string[]): void {
    for (let i = 0; i < ids.length; i++) {
      const elementId = elementIds[i] as string;
      const number = /\d+$/.exec(elementId)?.[0];
      const prefix = number === undefined ? undefined : elementId.slice(0, elementId.length - number.length);
      this.prefix ??= prefix;
      if (number === undefined || prefix !== this.prefix) {
        this.usable = false;
        this.numbers.clear();
      }
      if (this.usable) this.numbers.set(ids[i] as string, number as string);
    }
  }

  /** The node number of a document id written by this load, if the shortcut is on. */
  get(id: string): string | undefined {
    return this.usable ? this.numbers.get(id) : undefined;
  }

  /** The parameter statements join with a row's node number. */
  get nodePrefix(): string {
    return this.prefix ?? "";
  }
}
