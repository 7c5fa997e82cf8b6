// Query limits enforced identically over HTTP (Apollo validationRules) and WebSocket
// (graphql-ws onSubscribe), because graphql-ws does not run Apollo plugins
// (architecture.md). A static count is enough for this schema: no list argument
// multiplies work, so cost = number of field selections after fragment expansion.
import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from "graphql";

export const QUERY_LIMITS = { maxDepth: 10, maxAliases: 15, maxFields: 300 } as const;

export function queryLimitsRule(context: ValidationContext): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of context.getDocument().definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  return {
    OperationDefinition(node) {
      const totals = { fields: 0, aliases: 0, depth: 0 };
      walk(node.selectionSet, 1, totals, fragments, new Set());
      const problems: string[] = [];
      if (totals.depth > QUERY_LIMITS.maxDepth) problems.push(`depth ${totals.depth} > ${QUERY_LIMITS.maxDepth}`);
      if (totals.aliases > QUERY_LIMITS.maxAliases) problems.push(`aliases ${totals.aliases} > ${QUERY_LIMITS.maxAliases}`);
      if (totals.fields > QUERY_LIMITS.maxFields) problems.push(`fields ${totals.fields} > ${QUERY_LIMITS.maxFields}`);
      if (problems.length > 0) {
        context.reportError(
          new GraphQLError(`Query too large: ${problems.join(", ")}.`, { nodes: [node], extensions: { code: "QUERY_TOO_LARGE" } }),
        );
      }
    },
  };
}

function walk(
  set: SelectionSetNode,
  depth: number,
  totals: { fields: number; aliases: number; depth: number },
  fragments: Map<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): void {
  totals.depth = Math.max(totals.depth, depth);
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      totals.fields += 1;
      if (sel.alias) totals.aliases += 1;
      if (sel.selectionSet) walk(sel.selectionSet, depth + 1, totals, fragments, visiting);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      walk(sel.selectionSet, depth, totals, fragments, visiting);
    } else {
      const name = sel.name.value;
      const fragment = fragments.get(name);
      // Cycles are reported by graphql's own NoFragmentCycles rule; just don't loop.
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      walk(fragment.selectionSet, depth, totals, fragments, visiting);
      visiting.delete(name);
    }
  }
}
