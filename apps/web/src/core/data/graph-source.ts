/** Where the explorer loads its document from: `?graph=<url>`, else the document served beside the app. */
export function graphSourceUrl(search: string): string {
  return new URLSearchParams(search).get("graph") || "graph.json";
}
