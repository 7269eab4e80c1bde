import type { DocumentState, SiteProblem } from '../publishing/documentSiteState'

/** The admin's two languages; anything else reads Chinese, the admin's fallback. */
export type AdminLanguage = 'zh' | 'en'
export const adminLanguage = (language: string | undefined): AdminLanguage => (language === 'en' ? 'en' : 'zh')

const text = (zh: string, en: string) => ({ zh, en })

export const STATE_LABEL: Record<DocumentState, { zh: string; en: string }> = {
  live: text('已上线', 'Live'),
  pending: text('等待更新', 'Waiting for update'),
  updating: text('正在更新', 'Updating'),
  failed: text('更新失败', 'Update failed'),
  heldBack: text('暂缓上线', 'Held back'),
  draft: text('草稿（未上线）', 'Draft (not on the site)'),
}

export const UI = {
  site: text('网站', 'Public site'),
  lastSuccess: text('最近一次成功更新', 'Last successful update'),
  never: text('尚无', 'none yet'),
  problems: text('更新失败的原因', 'Why the update failed'),
  heldBack: text('暂缓上线的文档（其余内容已上线）', 'Documents held back (everything else went live)'),
  field: text('字段', 'field'),
  livePage: text('线上页面', 'Live page'),
  zhPage: text('中文', '中文'),
  enPage: text('English', 'English'),
  unreachable: text('无法读取网站状态', 'Cannot read the site status'),
  shanghai: text('北京时间', 'Shanghai time'),
}

export const say = (lang: AdminLanguage, t: { zh: string; en: string }) => t[lang]

/** The problem's reason in the editor's language, the other one if that is missing. */
export const reason = (lang: AdminLanguage, p: SiteProblem) => (lang === 'en' ? p.messageEn || p.messageZh : p.messageZh || p.messageEn) ?? ''

/** A time in Asia/Shanghai, whatever the editor's machine is set to. */
export function shanghaiTime(lang: AdminLanguage, iso?: string | null): string | undefined {
  if (!iso || Number.isNaN(Date.parse(iso))) return undefined
  const formatted = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'medium',
  }).format(new Date(iso))
  // Chinese takes full-width brackets with no space before them (GB/T 15834).
  return lang === 'en' ? `${formatted} (${say(lang, UI.shanghai)})` : `${formatted}（${say(lang, UI.shanghai)}）`
}

export const POLL_MS = 4000

/** `${collection}/${slug}` → document id, for links to edit pages. */
export type DocumentIds = Record<string, string | number>
export const docKey = (p: SiteProblem) => `${p.collection}/${p.slug}`
