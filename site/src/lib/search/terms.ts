/**
 * Chinese domain vocabulary for the search index: library, reading and festival terms that readers
 * type as one word but that the word segmenters (ICU in the browser, ICU4X in Pagefind) cut into
 * pieces or do not know, e.g. 总分馆 → 总|分馆, 快闪 → 快|闪, 棋友会 → 棋|友|会.
 *
 * The indexer adds to this list, per build, every keyword, contributor name and branch, series and
 * journal name of the site (see search/text.ts), so new content brings its own terms; this list only
 * holds the general vocabulary that no single document declares. A page whose text contains one
 * of these terms as a whole word gets it in its index-only terms field (search/config.ts).
 */
export const DOMAIN_TERMS_ZH: readonly string[] = [
  // Library systems and buildings
  '总分馆', '总分馆制', '中心馆', '分馆', '主题分馆', '专业分馆', '特色分馆', '少儿馆', '少儿图书馆',
  '服务点', '流通点', '图书流通站', '汽车图书馆', '流动图书馆', '24小时自助图书馆', '自助图书馆',
  '公共图书馆', '数字图书馆', '城市图书馆', '服务体系', '公共文化服务', '城乡一体化', '城乡统筹',
  '通借通还', '一卡通', '自助借还', '馆藏', '馆际互借', '资源共享', '地方文献', '古籍', '参考咨询',
  '信息服务', '政府信息', '政府信息公开', '第三空间', '第三文化空间', '无障碍', '视障读者',
  // Branches and programmes of this library
  '棋院', '佛学', '棋友会', '生活主题', '音乐分馆', '浣纱馆', '市民课堂', '亲子学堂', '阅动杭城',
  // Reading and events
  '学习节', '杭州学习节', '学习型城市', '阅读推广', '全民阅读', '亲子阅读', '亲子共读', '少儿阅读',
  '快闪', '阅读快闪', '读书会', '读书沙龙', '故事会', '绘本', '绘本故事', '朗读会', '分享会',
  '讲座', '展览', '展演', '沙龙', '工作坊', '志愿者', '志愿服务', '课本剧', '京剧', '动漫京剧',
  '禅茶', '茶文化', '传统文化', '非遗', '书法', '围棋', '象棋', '棋谱', '名局', '辩论会', '书单',
]
