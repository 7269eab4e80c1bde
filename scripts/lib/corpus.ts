import fs from 'node:fs'
import path from 'node:path'
import { escapeMarkup } from '../../site/src/lib/escape'
import { FULLTEXT_ATTRIBUTE } from '../../site/src/lib/search/config'

/**
 * A generated static site of N bilingual journal articles, shaped like the site's article pages
 * (same `<html lang>`, `data-pagefind-body`, SearchMeta attributes, weighted contributor names and
 * keywords), for measuring the search at a size the seed content does not reach.
 *
 * The text is random but not arbitrary: each article has two or three topics (library terms such
 * as 总分馆, 阅读推广, 快闪) that recur in it, and the filler vocabulary deliberately shares characters
 * with those terms (总结, 分析, 快乐, 闪光, 学院, 棋盘, 仿佛, 节目…), which is what drowns a
 * multi-character Chinese query in single-character matches. Everything is deterministic for a seed.
 */

/** mulberry32: small, fast, seeded. */
export function rng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T>(list: readonly T[]) => list[int(list.length)]
  /** Zipf-like: early items much more likely. */
  const cumulative = new Map<readonly unknown[], Map<number, number[]>>()
  const zipf = <T>(list: readonly T[], s = 1) => {
    let bySkew = cumulative.get(list)
    if (!bySkew) cumulative.set(list, (bySkew = new Map()))
    let cum = bySkew.get(s)
    if (!cum) {
      let total = 0
      bySkew.set(s, (cum = list.map((_, i) => (total += 1 / Math.pow(i + 1, s)))))
    }
    const x = next() * cum[cum.length - 1]
    let lo = 0
    let hi = cum.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cum[mid] < x) lo = mid + 1
      else hi = mid
    }
    return list[lo]
  }
  return { next, int, pick, zipf }
}
export type Rng = ReturnType<typeof rng>

type Pair = readonly [zh: string, en: string]

/** Topic terms: what articles are about, what readers search for (ordered by frequency). */
export const TOPICS: readonly Pair[] = [
  ['阅读推广', 'reading promotion'], ['总分馆', 'main and branch libraries'], ['数字图书馆', 'digital library'],
  ['学习节', 'learning festival'], ['志愿者', 'volunteers'], ['少儿阅读', "children's reading"], ['地方文献', 'local documents'],
  ['快闪', 'flash mob'], ['绘本', 'picture books'], ['参考咨询', 'reference service'], ['棋院', 'chess branch'],
  ['佛学', 'Buddhist studies'], ['棋友会', "players' club"], ['古籍保护', 'rare book conservation'], ['市民课堂', 'citizen classroom'],
  ['通借通还', 'borrow anywhere return anywhere'], ['读书会', 'reading club'], ['第三文化空间', 'third cultural space'],
  ['京剧', 'Peking opera'], ['禅茶', 'Zen tea'], ['课本剧', 'textbook plays'], ['亲子共读', 'family reading'],
  ['视障服务', 'services for blind readers'], ['汽车图书馆', 'mobile library'], ['馆际互借', 'interlibrary loan'],
  ['数据中心', 'data centre'], ['信息素养', 'information literacy'], ['非遗传承', 'intangible heritage'],
  ['城乡一体化', 'urban-rural integration'], ['智慧图书馆', 'smart library'],
]

/** Filler nouns; many share a character with a topic term. */
const NOUNS: readonly Pair[] = [
  ['城市', 'city'], ['市民', 'citizens'], ['读者', 'readers'], ['图书馆', 'library'], ['分馆', 'branch'], ['服务', 'service'],
  ['活动', 'activity'], ['文化', 'culture'], ['社区', 'community'], ['资源', 'resources'], ['空间', 'space'], ['体系', 'system'],
  ['模式', 'model'], ['经验', 'experience'], ['问题', 'question'], ['方面', 'aspect'], ['总结', 'summary'], ['总体', 'whole'],
  ['分析', 'analysis'], ['分享', 'sharing'], ['快乐', 'joy'], ['速度', 'speed'], ['闪光', 'sparkle'], ['学院', 'college'],
  ['医院', 'hospital'], ['院子', 'courtyard'], ['棋盘', 'chessboard'], ['象棋', 'xiangqi'], ['佛教', 'Buddhism'], ['学生', 'students'],
  ['学校', 'school'], ['学习', 'learning'], ['节日', 'holiday'], ['节目', 'programme'], ['季节', 'season'], ['环节', 'stage'],
  ['朋友', 'friends'], ['友谊', 'friendship'], ['会议', 'meeting'], ['会员', 'members'], ['社会', 'society'], ['机会', 'opportunity'],
  ['广场', 'square'], ['推动', 'impetus'], ['阅读', 'reading'], ['图书', 'books'], ['期刊', 'journals'], ['报纸', 'newspapers'],
  ['家庭', 'families'], ['孩子', 'children'], ['老人', 'older people'], ['老师', 'teachers'], ['馆员', 'librarians'],
  ['场馆', 'venues'], ['博物馆', 'museum'], ['文化馆', 'cultural centre'], ['书店', 'bookshop'], ['茶叶', 'tea leaves'],
  ['戏曲', 'opera'], ['音乐', 'music'], ['电影', 'film'], ['展览', 'exhibition'], ['讲座', 'lecture'], ['沙龙', 'salon'],
  ['网络', 'network'], ['平台', 'platform'], ['数据', 'data'], ['技术', 'technology'], ['设备', 'equipment'], ['经费', 'funding'],
  ['政策', 'policy'], ['管理', 'management'], ['评估', 'evaluation'], ['指标', 'indicators'], ['效果', 'effect'], ['需求', 'needs'],
  ['历史', 'history'], ['传统', 'tradition'], ['知识', 'knowledge'], ['生活', 'life'], ['时间', 'time'], ['周末', 'weekend'],
  ['下午', 'afternoon'], ['晚上', 'evening'], ['书法', 'calligraphy'], ['围棋', 'Go'], ['手机', 'phones'], ['视频', 'video'],
]
const VERBS: readonly Pair[] = [
  ['开展', 'carry out'], ['举办', 'hold'], ['提供', 'provide'], ['推进', 'advance'], ['参与', 'take part in'], ['组织', 'organise'],
  ['建设', 'build'], ['探索', 'explore'], ['促进', 'promote'], ['提升', 'improve'], ['完善', 'refine'], ['加强', 'strengthen'],
  ['支持', 'support'], ['吸引', 'attract'], ['鼓励', 'encourage'], ['总是', 'always'], ['很快', 'soon'], ['仿佛', 'as if'],
  ['推出', 'launch'], ['分为', 'divide into'], ['学会', 'learn'], ['闪烁', 'flicker'], ['会同', 'join with'], ['节约', 'save'],
  ['认为', 'consider'], ['发现', 'find'], ['介绍', 'introduce'], ['讨论', 'discuss'], ['邀请', 'invite'], ['借阅', 'borrow'],
  ['整理', 'sort out'], ['收集', 'collect'], ['保存', 'preserve'], ['展示', 'display'], ['培训', 'train'], ['合作', 'cooperate'],
  ['调查', 'survey'], ['统计', 'count'], ['设计', 'design'], ['实施', 'implement'], ['规划', 'plan'], ['改造', 'renovate'],
  ['开放', 'open'], ['关注', 'follow'], ['体验', 'experience'], ['交流', 'exchange'], ['阅览', 'read in'], ['检索', 'search'],
  ['覆盖', 'cover'], ['延伸', 'extend'], ['满足', 'meet'], ['形成', 'form'], ['带动', 'drive'], ['坚持', 'keep up'],
]
const ADJECTIVES: readonly Pair[] = [
  ['重要', 'important'], ['丰富', 'rich'], ['主要', 'main'], ['积极', 'active'], ['基层', 'grassroots'], ['免费', 'free'],
  ['专业', 'specialist'], ['多样', 'diverse'], ['长期', 'long-term'], ['新的', 'new'], ['良好', 'good'], ['有效', 'effective'],
  ['安静', 'quiet'], ['热闹', 'lively'], ['便捷', 'convenient'], ['开放式', 'open-plan'], ['传统', 'traditional'], ['现代', 'modern'],
  ['年轻', 'young'], ['普通', 'ordinary'], ['具体', 'specific'], ['明显', 'clear'], ['稳定', 'stable'], ['持续', 'continuing'],
]
const MORE_NOUNS: readonly Pair[] = [
  ['阅览室', 'reading room'], ['书架', 'shelves'], ['借书证', 'library card'], ['目录', 'catalogue'], ['索书号', 'call number'],
  ['读者证', "reader's card"], ['电子书', 'e-books'], ['数据库', 'databases'], ['文献', 'documents'], ['档案', 'archives'],
  ['方志', 'gazetteers'], ['家谱', 'genealogies'], ['手稿', 'manuscripts'], ['地图', 'maps'], ['照片', 'photographs'],
  ['街道', 'subdistrict'], ['乡镇', 'townships'], ['村庄', 'villages'], ['农村', 'countryside'], ['政府', 'government'],
  ['部门', 'departments'], ['单位', 'organisations'], ['企业', 'companies'], ['高校', 'universities'], ['中学', 'secondary schools'],
  ['小学', 'primary schools'], ['幼儿园', 'kindergartens'], ['父母', 'parents'], ['青年', 'young people'], ['居民', 'residents'],
  ['游客', 'visitors'], ['作者', 'authors'], ['专家', 'experts'], ['学者', 'scholars'], ['艺术家', 'artists'], ['演员', 'performers'],
  ['观众', 'audience'], ['嘉宾', 'guests'], ['主持人', 'host'], ['团队', 'team'], ['队伍', 'staff'], ['岗位', 'posts'],
  ['制度', 'rules'], ['标准', 'standards'], ['规范', 'norms'], ['流程', 'procedures'], ['项目', 'projects'], ['计划', 'plans'],
  ['目标', 'goals'], ['成果', 'results'], ['案例', 'cases'], ['报告', 'reports'], ['论文', 'papers'], ['调研', 'field research'],
  ['问卷', 'questionnaires'], ['样本', 'samples'], ['比例', 'proportion'], ['数量', 'number'], ['规模', 'scale'], ['面积', 'floor area'],
  ['建筑', 'building'], ['楼层', 'floors'], ['大厅', 'hall'], ['庭院', 'garden'], ['窗口', 'counter'], ['座位', 'seats'],
  ['灯光', 'lighting'], ['色彩', 'colours'], ['声音', 'sound'], ['气氛', 'atmosphere'], ['秩序', 'order'], ['安全', 'safety'],
  ['健康', 'health'], ['教育', 'education'], ['艺术', 'art'], ['科学', 'science'], ['哲学', 'philosophy'], ['文学', 'literature'],
  ['小说', 'novels'], ['诗歌', 'poetry'], ['散文', 'essays'], ['童话', 'fairy tales'], ['漫画', 'comics'], ['杂志', 'magazines'],
  ['春天', 'spring'], ['夏天', 'summer'], ['秋天', 'autumn'], ['冬天', 'winter'], ['早晨', 'morning'], ['假期', 'holidays'],
  ['城区', 'urban districts'], ['郊区', 'suburbs'], ['地铁', 'metro'], ['公交', 'buses'], ['公园', 'park'], ['湖边', 'lakeside'],
  ['茶馆', 'teahouse'], ['寺院', 'temple'], ['剧场', 'theatre'], ['舞台', 'stage'], ['书院', 'academy'], ['画廊', 'gallery'],
]
const FUNCTION: readonly Pair[] = [
  ['的', 'of'], ['了', ''], ['在', 'in'], ['是', 'is'], ['和', 'and'], ['与', 'with'], ['为', 'for'], ['对', 'to'], ['从', 'from'],
  ['也', 'also'], ['都', 'all'], ['并', 'and'], ['等', 'etc.'], ['将', 'will'], ['被', 'by'], ['让', 'let'], ['更', 'more'],
]
const PLACES: readonly Pair[] = [
  ['杭州', 'Hangzhou'], ['西湖', 'West Lake'], ['上城', 'Shangcheng'], ['拱墅', 'Gongshu'], ['滨江', 'Binjiang'], ['萧山', 'Xiaoshan'],
  ['余杭', 'Yuhang'], ['临平', 'Linping'], ['富阳', 'Fuyang'], ['桐庐', 'Tonglu'], ['淳安', "Chun'an"], ['建德', 'Jiande'],
]
const SURNAMES: readonly Pair[] = [
  ['王', 'Wang'], ['李', 'Li'], ['张', 'Zhang'], ['刘', 'Liu'], ['陈', 'Chen'], ['杨', 'Yang'], ['黄', 'Huang'], ['赵', 'Zhao'],
  ['周', 'Zhou'], ['吴', 'Wu'], ['徐', 'Xu'], ['孙', 'Sun'], ['马', 'Ma'], ['朱', 'Zhu'], ['胡', 'Hu'], ['郭', 'Guo'], ['何', 'He'],
  ['林', 'Lin'], ['罗', 'Luo'], ['郑', 'Zheng'], ['梁', 'Liang'], ['谢', 'Xie'], ['宋', 'Song'], ['唐', 'Tang'], ['叶', 'Ye'],
  ['沈', 'Shen'], ['潘', 'Pan'], ['钱', 'Qian'], ['蒋', 'Jiang'], ['方', 'Fang'],
]
const GIVEN: readonly Pair[] = [
  ['秋', 'qiu'], ['云', 'yun'], ['志', 'zhi'], ['远', 'yuan'], ['晓', 'xiao'], ['雨', 'yu'], ['文', 'wen'], ['博', 'bo'], ['思', 'si'],
  ['明', 'ming'], ['辉', 'hui'], ['悦', 'yue'], ['磊', 'lei'], ['逸', 'yi'], ['松', 'song'], ['龄', 'ling'], ['晴', 'qing'], ['岚', 'lan'],
  ['嘉', 'jia'], ['怡', 'yi'], ['浩', 'hao'], ['然', 'ran'], ['静', 'jing'], ['涛', 'tao'], ['敏', 'min'], ['华', 'hua'],
  ['春', 'chun'], ['冬', 'dong'], ['海', 'hai'], ['江', 'jiang'], ['宁', 'ning'], ['安', 'an'], ['平', 'ping'], ['丽', 'li'],
  ['婷', 'ting'], ['颖', 'ying'], ['杰', 'jie'], ['伟', 'wei'], ['强', 'qiang'], ['军', 'jun'], ['鹏', 'peng'], ['飞', 'fei'],
  ['燕', 'yan'], ['芳', 'fang'], ['琳', 'lin'], ['蕾', 'lei'], ['欣', 'xin'], ['宇', 'yu'], ['航', 'hang'], ['轩', 'xuan'],
  ['梅', 'mei'], ['兰', 'lan'], ['竹', 'zhu'], ['菊', 'ju'], ['雪', 'xue'], ['霞', 'xia'], ['峰', 'feng'], ['林', 'lin'],
]
const JOURNALS: readonly Pair[] = [['城市图书馆', 'City Library'], ['城市图书馆研究', 'Urban Library Research']]
const TITLE_PATTERNS: ReadonlyArray<(t: Pair, n: Pair, p: Pair, m: Pair) => Pair> = [
  (t, n) => [`${t[0]}的${n[0]}研究`, `A Study of ${n[1]} in ${t[1]}`],
  (t, n, p) => [`${p[0]}${t[0]}${n[0]}探析`, `${t[1]} and ${n[1]} in ${p[1]}`],
  (t, n) => [`从${n[0]}看${t[0]}`, `${t[1]} Seen Through ${n[1]}`],
  (t, n, p, m) => [`${t[0]}与${m[0]}：${p[0]}的实践`, `${t[1]} and ${m[1]}: Practice in ${p[1]}`],
  (t, n) => [`关于${t[0]}${n[0]}的思考`, `Thoughts on ${t[1]} and ${n[1]}`],
]

export interface CorpusArticle {
  slug: string
  title: Pair
  topics: Pair[]
  keywords: Pair[]
  authors: Pair[]
  journal: Pair
  year: number
  issue: number
  /** Full zh and en text as indexed (title, names, abstract, keywords, body), for relevance checks. */
  text: { zh: string; en: string }
}

function sentence(r: Rng, topics: readonly Pair[]): Pair {
  const zh: string[] = []
  const en: string[] = []
  const n = 6 + r.int(9)
  for (let i = 0; i < n; i++) {
    const x = r.next()
    const w =
      x < 0.045 ? r.pick(topics)
      : x < 0.05 ? r.zipf(TOPICS, 1)
      : x < 0.33 ? r.zipf(NOUNS, 0.8)
      : x < 0.43 ? r.zipf(MORE_NOUNS, 1)
      : x < 0.58 ? r.zipf(VERBS, 0.9)
      : x < 0.66 ? r.zipf(ADJECTIVES, 0.9)
      : x < 0.96 ? r.zipf(FUNCTION, 1.1)
      : r.pick(PLACES)
    zh.push(w[0])
    if (w[1]) en.push(w[1])
    if (i > 2 && i < n - 2 && r.next() < 0.12) {
      zh.push('，')
      en[en.length - 1] += ','
    }
  }
  const e = en.join(' ')
  return [`${zh.join('')}。`, `${e.charAt(0).toUpperCase()}${e.slice(1)}.`]
}

function paragraph(r: Rng, topics: readonly Pair[], sentences: number): Pair {
  const s = Array.from({ length: sentences }, () => sentence(r, topics))
  return [s.map((x) => x[0]).join(''), s.map((x) => x[1]).join(' ')]
}

export function makeArticle(r: Rng, i: number): CorpusArticle & { abstract: Pair; body: Pair[] } {
  const topics: Pair[] = []
  const nTopics = 1 + r.int(3)
  while (topics.length < nTopics) {
    const t = r.zipf(TOPICS, 0.7)
    if (!topics.includes(t)) topics.push(t)
  }
  const keywords = [...topics]
  for (let k = r.int(3); k > 0; k--) {
    const n = r.zipf(NOUNS, 0.5)
    if (!keywords.includes(n)) keywords.push(n)
  }
  const authors = Array.from({ length: 1 + r.int(3) }, (): Pair => {
    const s = r.pick(SURNAMES)
    const g = [r.pick(GIVEN), ...(r.next() < 0.7 ? [r.pick(GIVEN)] : [])]
    const given = g.map((x) => x[1]).join('')
    return [`${s[0]}${g.map((x) => x[0]).join('')}`, `${s[1]} ${given.charAt(0).toUpperCase()}${given.slice(1)}`]
  })
  const title = r.pick(TITLE_PATTERNS)(topics[0], r.zipf(NOUNS, 0.5), r.pick(PLACES), topics[1] ?? r.zipf(NOUNS, 0.5))
  const abstract = paragraph(r, topics, 2)
  const body = Array.from({ length: 4 + r.int(7) }, () => paragraph(r, topics, 3 + r.int(4)))
  const journal = r.pick(JOURNALS)
  const year = 2000 + r.int(25)
  const issue = 1 + r.int(6)
  const zh = [title[0], ...authors.map((a) => a[0]), abstract[0], ...keywords.map((k) => k[0]), ...body.map((b) => b[0])].join('\n')
  const en = [title[1], ...authors.map((a) => a[1]), abstract[1], ...keywords.map((k) => k[1]), ...body.map((b) => b[1])].join('\n')
  return { slug: `a${String(i).padStart(5, '0')}`, title, topics, keywords, authors, journal, year, issue, abstract, body, text: { zh, en } }
}

const esc = escapeMarkup

/** One article page, structured like site/src/pages/[lang]/articles/[article]/index.astro renders it. */
export function articlePage(a: ReturnType<typeof makeArticle>, lang: 'zh' | 'en') {
  const L = lang === 'zh' ? 0 : 1
  const other = lang === 'zh' ? 'en' : 'zh'
  const t = lang === 'zh'
    ? { type: '文章', issue: `${a.year}年第${a.issue}期`, abstract: '摘要', keywords: '关键词：', sep: '、', site: '杭州图书馆', nav: ['首页', '期刊', '分馆', '学习节', '搜索'] }
    : { type: 'Article', issue: `${a.year}, No. ${a.issue}`, abstract: 'Abstract', keywords: 'Keywords:', sep: '; ', site: 'Hangzhou Library', nav: ['Home', 'Journals', 'Branches', 'Festival', 'Search'] }
  const date = `${a.year}-${String(a.issue * 2).padStart(2, '0')}-15`
  const url = `/${lang}/articles/${a.slug}/`
  return `<!doctype html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<title>${esc(a.title[L])} · ${t.site}</title><meta name="description" content="${esc(a.abstract[L])}"><link rel="canonical" href="https://library.test${url}">`
    + `<link rel="alternate" hreflang="${other === 'zh' ? 'zh-CN' : 'en'}" href="https://library.test/${other}/articles/${a.slug}/"></head><body>`
    + `<header class="site-header"><a href="/${lang}/">${t.site}</a><nav>${t.nav.map((n) => `<a href="/${lang}/">${n}</a>`).join('')}</nav></header>`
    + `<main id="main" data-pagefind-body tabindex="-1"><article class="wrap article">`
    + `<div hidden data-pagefind-meta="type:${t.type}"><span data-pagefind-meta="other:/${other}/articles/${a.slug}/"></span><span data-pagefind-meta="otherLang:${other}"></span>`
    + `<span data-pagefind-meta="context:${esc(a.journal[L])} ${t.issue}"></span><span data-pagefind-filter="type:${t.type}"></span>`
    + `<span data-pagefind-filter="journal:${esc(a.journal[L])}"></span><span data-pagefind-filter="year:${a.year}"></span><span data-pagefind-sort="date:${date}"></span></div>`
    + `<nav class="breadcrumbs"><a href="/${lang}/journals/">${esc(a.journal[L])}</a> › <a href="/${lang}/issues/">${t.issue}</a></nav>`
    + `<header class="article-head"><h1>${esc(a.title[L])}</h1><ul class="contributors">`
    + a.authors.map((p) => `<li><span class="name" data-pagefind-weight="5">${esc(p[L])}</span></li>`).join('')
    + `</ul><p class="meta">${esc(a.journal[L])} ${t.issue}</p></header>`
    + `<section class="abstract"><h2>${t.abstract}</h2><p>${esc(a.abstract[L])}</p><p class="keywords"><strong>${t.keywords}</strong> <span data-pagefind-weight="8">${esc(a.keywords.map((k) => k[L]).join(t.sep))}</span></p></section>`
    + `<div class="prose" ${FULLTEXT_ATTRIBUTE}>${a.body.map((p) => `<p>${esc(p[L])}</p>`).join('')}</div>`
    + `</article></main><footer class="site-footer"><p>${t.site}</p></footer></body></html>`
}

export interface CorpusSummary {
  articles: number
  pages: number
  bytes: number
  /** Per article: slug, topics and full text (zh/en), to judge results against. */
  documents: CorpusArticle[]
}

/** Writes `count` articles × 2 languages under `outDir` (`/zh/articles/<slug>/`, `/en/articles/<slug>/`). */
export function generateCorpus({ count = 10_000, seed = 2013, outDir }: { count?: number; seed?: number; outDir: string }): CorpusSummary {
  const r = rng(seed)
  fs.rmSync(outDir, { recursive: true, force: true })
  let bytes = 0
  const documents: CorpusArticle[] = []
  for (let i = 1; i <= count; i++) {
    const a = makeArticle(r, i)
    for (const lang of ['zh', 'en'] as const) {
      const dir = path.join(outDir, lang, 'articles', a.slug)
      fs.mkdirSync(dir, { recursive: true })
      const html = articlePage(a, lang)
      fs.writeFileSync(path.join(dir, 'index.html'), html)
      bytes += Buffer.byteLength(html)
    }
    const { abstract: _a, body: _b, ...doc } = a
    documents.push(doc)
  }
  for (const lang of ['zh', 'en']) {
    fs.writeFileSync(path.join(outDir, lang, 'index.html'), `<!doctype html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>corpus</title></head><body><h1>corpus</h1></body></html>`)
  }
  return { articles: count, pages: count * 2, bytes, documents }
}
