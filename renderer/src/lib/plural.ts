// Counts in words: "1 request", "1,204 requests" (the number in the user's own grouping).

export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}
