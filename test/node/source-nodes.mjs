// Shared by the Node tests that read the sources' syntax (not a test itself).
import {readFileSync, readdirSync} from 'node:fs';
import ts from 'typescript';

const SRC = new URL('../../src/', import.meta.url);

/** The TypeScript modules under src/ (relative paths) that `keep` accepts. */
export const sourceFiles = (keep = () => true) =>
  readdirSync(SRC, {recursive: true})
    .map(String)
    .filter((f) => f.endsWith('.ts') && keep(f));

/** Every node of every one of `files`, with its file. */
export function* sourceNodes(files) {
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(new URL(file, SRC), 'utf8'), ts.ScriptTarget.Latest, true);
    const stack = [source];
    while (stack.length) {
      const node = stack.pop();
      yield {file, node};
      stack.push(...node.getChildren(source));
    }
  }
}
