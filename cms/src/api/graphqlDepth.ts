import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValidationRule } from 'graphql'

/**
 * GraphQL populates a relation wherever a query selects into it, so Payload's `maxDepth` does not
 * bound it: the query's own nesting does. Ten levels allow a list, its documents, a group or array,
 * two relations and their fields (`Articles { docs { contributors { contributor { name } } } }` is
 * five); a query nesting deeper is refused before it runs.
 */
export const MAX_GRAPHQL_DEPTH = 10

function depthOf(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!set) return 0
  let deepest = 0
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen))
    else if (selection.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen))
    else if (!seen.has(selection.name.value)) {
      const fragment = fragments.get(selection.name.value)
      deepest = Math.max(deepest, depthOf(fragment?.selectionSet, fragments, new Set([...seen, selection.name.value])))
    }
  }
  return deepest
}

export const graphqlDepthLimit: ValidationRule = (context) => {
  const fragments = new Map(
    context.getDocument().definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  )
  return {
    OperationDefinition(node) {
      const depth = depthOf(node.selectionSet, fragments, new Set())
      if (depth > MAX_GRAPHQL_DEPTH) {
        context.reportError(new GraphQLError(`Query is nested ${depth} levels deep; at most ${MAX_GRAPHQL_DEPTH} are allowed`, { nodes: [node] }))
      }
    },
  }
}
