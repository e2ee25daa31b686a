import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordedExchange } from '@headless-ory/mock';

export interface SourcedExchange extends RecordedExchange {
  /** Where it came from: a recording file, or `driven` (this suite's own requests). */
  source: string;
}

export interface Recordings {
  exchanges: SourcedExchange[];
  files: { name: string; count: number }[];
}

/**
 * Every exchange recorded under `dir` (one JSON object per line). A last line without its newline is a
 * write still in flight (a runner recording at the same time) and is left for the next run; any other
 * unreadable line throws, since a silently dropped record would be an unchecked response.
 */
export function readRecordings(dir: string): Recordings {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.jsonl'));
  } catch {
    return { exchanges: [], files: [] };
  }
  const exchanges: SourcedExchange[] = [];
  const files = names.sort().map((name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const lines = text.split('\n');
    if (!text.endsWith('\n')) lines.pop();
    let count = 0;
    for (const [index, line] of lines.entries()) {
      if (line.trim() === '') continue;
      try {
        exchanges.push({ ...(JSON.parse(line) as RecordedExchange), source: name });
        count += 1;
      } catch {
        throw new Error(`${name}:${index + 1} is not a JSON exchange`);
      }
    }
    return { name, count };
  });
  return { exchanges, files };
}
