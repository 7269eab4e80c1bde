/**
 * A content problem, located: which document (or file) and which field. Everything that loads,
 * seeds or exports content throws this, so an editor can go straight to the broken value.
 */
export class ContentError extends Error {
  constructor(
    readonly where: string,
    readonly field: string | undefined,
    readonly problem: string,
  ) {
    super(`${where}${field ? ` → ${field}` : ''}: ${problem}`)
    this.name = 'ContentError'
  }
}

/** Several content problems found in one pass, reported together so one run shows them all. */
export class ContentErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    super(`${errors.length} content problem${errors.length === 1 ? '' : 's'}:\n${errors.map((e) => `  - ${e.message}`).join('\n')}`)
    this.name = 'ContentErrors'
  }
}
