type Positions = Map<string, { x: number; y: number }>;

const PREFIX = "news-kg:layout:";

/** Laid-out positions kept in web storage, keyed by the document's hash, so a reload opens at once. */
export function createPositionCache(storage: Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">) {
  return {
    /** The saved positions if they cover every node of the document, else undefined. */
    load(documentHash: string, nodeIds: readonly string[]): Positions | undefined {
      let saved: Record<string, [number, number]>;
      try {
        saved = JSON.parse(storage.getItem(PREFIX + documentHash) ?? "null");
      } catch {
        return undefined;
      }
      if (!saved || typeof saved !== "object") return undefined;
      const positions: Positions = new Map();
      for (const id of nodeIds) {
        const point = saved[id];
        if (!Array.isArray(point) || !point.every(Number.isFinite)) return undefined;
        positions.set(id, { x: point[0], y: point[1] });
      }
      return positions;
    },
    /** Saves positions; when storage is full, drops the layouts of other documents and tries once more. */
    save(documentHash: string, positions: Positions): boolean {
      const compact: Record<string, [number, number]> = {};
      for (const [id, { x, y }] of positions) compact[id] = [Math.round(x * 100) / 100, Math.round(y * 100) / 100];
      const text = JSON.stringify(compact);
      try {
        storage.setItem(PREFIX + documentHash, text);
        return true;
      } catch {
        const others: string[] = [];
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (key?.startsWith(PREFIX) && key !== PREFIX + documentHash) others.push(key);
        }
        for (const key of others) storage.removeItem(key);
        try {
          storage.setItem(PREFIX + documentHash, text);
          return true;
        } catch {
          return false;
        }
      }
    },
  };
}
