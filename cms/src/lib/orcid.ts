/** ORCID iD check digit (ISO 7064 MOD 11-2) over the first 15 digits. */
export function isValidOrcid(value: string): boolean {
  const match = /^(\d{4})-(\d{4})-(\d{4})-(\d{3}[\dX])$/.exec(value)
  if (!match) return false
  const digits = match.slice(1).join('')
  let total = 0
  for (const ch of digits.slice(0, 15)) total = (total + Number(ch)) * 2
  const check = (12 - (total % 11)) % 11
  return digits[15] === (check === 10 ? 'X' : String(check))
}
