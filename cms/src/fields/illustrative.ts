import type { CheckboxField } from 'payload'
import { label } from '../lib/labels'

/**
 * Marks a document whose facts are invented for the sample edition (people, addresses, hours,
 * dates, figures). The site shows a notice on every page built from such a document, linking to
 * the sample-content statement, and the print edition says so in its imprint: readers must never
 * take invented facts for the library's own.
 */
export const illustrativeField = (): CheckboxField => ({
  name: 'illustrative',
  type: 'checkbox',
  label: label('示例内容（含虚构信息）', 'Sample content (contains invented facts)'),
  defaultValue: false,
  admin: {
    position: 'sidebar',
    description: label(
      '勾选后，网站在此内容的页面上显示“示例内容”提示，印刷版版权页也会注明。',
      'When ticked, the site shows a “sample content” notice on the pages built from it, and the print imprint says so.',
    ),
  },
})
