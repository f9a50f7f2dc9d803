"""The words and line patterns that make a line site chrome or spam: data, read by
:mod:`cqmap.geo.clean.chrome`.
"""

from __future__ import annotations

from typing import NamedTuple

UI_WORDS = "取消|确定|确认|提交|登录|注册|退出|搜索|关闭窗口|获取验证码|发送验证码|验证码|登录/注册"


# A link to the previous or next article, its headline after it (上一篇:…, - 下一篇:…,
# [上一篇]); 条 and 则 hold no headline but after a colon (上一条, 下一条: …), as an article
# may start a line with them.
_NEIGHBOUR_LINK = (
    r"(?:[-·•] ?|[\[【])?(?:点击阅读)?"
    r"(?:[上下]一[篇页][\]】]?[:>»]?.{0,40}|[上下]一[条则](?:新闻|文章)?[\]】]?(?:[:>»].{0,40})?)"
)


class LinePattern(NamedTuple):
    """A kind of whole line that is site chrome.

    ``firsts`` are the characters a matching line can start with: a line is tried only
    against the patterns for its first character. ``examples`` are lines (as cleaning
    leaves them: Simplified, ASCII punctuation, single spaces) the pattern must match
    whole; the tests read them.
    """

    name: str
    firsts: str
    pattern: str
    examples: tuple[str, ...]


LINE_PATTERNS = (
    LinePattern(
        "breadcrumb: you are here",
        "您你当现目的所位",
        r"(?:您|你)?(?:当前|现在|目前)?(?:的|所在)?位置 ?[:>].{0,80}",
        ("您当前的位置:首页 > 新闻中心 > 区县动态", "当前位置>要闻"),
    ),
    LinePattern(
        "breadcrumb: from the home page",
        "首主网返",
        r"(?:首页|主页|网站首页|返回首页) ?[>›»/].{0,80}",
        ("首页 > 政务公开 > 工作动态", "网站首页/新闻"),
    ),
    LinePattern(
        "dateline with source, author or page tools",
        "0123456789",
        r"(?:(?:19|20)\d{2} ?[-/.年] ?)?\d{1,2} ?[-/.月] ?\d{1,2} ?日?"
        r"(?: ?\d{1,2}:\d{2}(?::\d{2})?)?"
        # (an e-paper's date with its weekday: 2022年05月19日 星期四)
        r"(?: ?星期[一二三四五六日天])?"
        r"(?: ?(?:来源|作者|编辑|发布|浏览|阅读|点击|字号|分享|责任编辑).{0,80})?",
        (
            "2024-05-06 09:30 来源:某某区融媒体中心",
            "2023年11月2日",
            "2022年05月19日 星期四",
            "03-15 浏览次数:12",
        ),
    ),
    LinePattern(
        "source, author or time line",
        "来稿文信作发时",
        r"(?:来源|稿件来源|文章来源|信息来源|作者|发布时间|发布日期|时间) ?:.{0,60}",
        ("来源:区发展改革委", "发布时间:2024-01-09", "作者:本网记者"),
    ),
    LinePattern(
        "share bar and page tools",
        "分收点评打关纠字",
        r"(?:分享|收藏|点赞|评论|打印|关闭|纠错|字号)(?:到)?:?(?: \S{1,8}){0,8}",
        ("分享 微信 微博", "字号 大 中 小", "打印", "分享:", "分享到: 微信"),
    ),
    LinePattern(
        "disclaimer heading in brackets",
        "【[(",
        r"[【\[(] ?(?:免责|版权|特别)?声明 ?[】\])].*",
        ("【免责声明】本文仅代表作者观点", "(声明)"),
    ),
    LinePattern(
        "disclaimer",
        "免版特声",
        r"(?:免责声明|版权声明|特别声明|声明) ?:.*|免责声明.*",
        ("版权声明:转载须经同意", "免责声明"),
    ),
    LinePattern(
        "notice about this site's content",
        "*本",
        r"\*? ?本(?:网站|网|站)(?:有关|所有|部分|发布)?(?:内容|文章|信息|稿件).{0,120}",
        ("本网站所有内容仅供参考", "*本站文章如有侵权请联系"),
    ),
    LinePattern(
        "copyright whose © was lost as ?",
        "?",
        r"\? ?(?:19|20)\d{2}\b.{0,100}",
        ("? 2019 某某日报社",),
    ),
    LinePattern(
        "report link",
        "举",
        r"举报(?:内容|中心|电话)?",
        ("举报", "举报中心"),
    ),
    LinePattern(
        "bulleted menu item",
        "•·▪▸►",
        r"[•·▪▸►] ?\S{1,10}",
        ("• 区县新闻", "►视频"),
    ),
    LinePattern(
        # (the lines a bulletin board signs a post with: where it was posted from, its address)
        "bulletin board's signature",
        "※",
        r"※ ?(?:(?:发信站|文章网址|编辑|转录至|转录者|引述).{0,120})?",
        (
            "※ 发信站: 批踢踢实业坊(ptt.cc), 来自: 118.166.18.67 (台湾)",
            "※ 文章网址: https://www.ptt.cc/bbs/Railway/M.1748361085.A.160.html",
            "※",
        ),
    ),
    LinePattern(
        "channel entrance and hot lists",
        "点进本今2一热排",
        r"(?:点击进入|进入)\S{0,6}频道|(?:本周|今日|24小时|一周)?热(?:榜|门推荐|点推荐|门文章)"
        r"|排行榜",
        ("点击进入财经频道", "今日热榜", "排行榜"),
    ),
    LinePattern(
        "related-articles heading",
        "相推延热",
        r"(?:相关|推荐|延伸|热门)(?:阅读|新闻|文章|链接|专题) ?[:>]?",
        ("相关新闻", "推荐阅读:"),
    ),
    LinePattern(
        # (a bullet or a bracket before the link, 条 or 则 for 篇, both links on one line)
        "previous or next article",
        "上下-·•[【点",
        rf"{_NEIGHBOUR_LINK}(?: ?{_NEIGHBOUR_LINK})?",
        (
            "上一篇:某区召开会议",
            "下一页",
            "- 下一篇:某港开通新航线",
            "[上一篇] [下一篇]",
            "上一条",
            "上一篇:某区召开会议 下一篇:某港开通新航线",
        ),
    ),
    LinePattern(
        "page numbers of an article in pages",
        "[",
        r"(?:\[\d{1,3}\] ?){2,}(?:[上下]一页)?",
        ("[1][2][3]下一页",),
    ),
    LinePattern(
        "more, back to top, comment",
        "返查更猜我发加载新",
        r"(?:返回顶部|返回首页|查看更多|更多|加载更多|载入更多|猜你喜欢|我要评论|发表评论|新闻评论)"
        r" ?[>»]*",
        ("返回顶部", "查看更多>>", "更多", "加载更多", "新闻评论"),
    ),
    LinePattern(
        "read the full text",
        "点查阅浏",
        r"(?:点击)?(?:查看|阅读|浏览)(?:更多|原文|全文).{0,10}",
        ("点击查看原文", "阅读全文"),
    ),
    LinePattern(
        "form buttons and prompts",
        "取确提登注退搜关获发验请加",
        rf"(?:{UI_WORDS})(?: (?:{UI_WORDS}))*"
        r"|请先完成.{0,8}验证|请输入.{0,10}|加载中.{0,3}",
        ("登录 注册", "取消 确定", "请输入关键词", "加载中..."),
    ),
    LinePattern(
        "editor and proofreader credits",
        "[【( 责编校审监终值本实",
        # (after a link to report an error: 【纠错】 责任编辑: 张某)
        r"[\[【(]? ?(?:(?:我要)?纠错[\]】)] ?[\[【(]?)?"
        r"(?:责任编辑|责编|编辑|校对|审核|审校|监制|终审|值班编辑|本文编辑|实习编辑"
        r"|编审)(?: ?:| ).{0,40}",
        (
            "责任编辑:张某",
            "(编辑 李某)",
            "审核:王某",
            "【纠错】 责任编辑: 张某",
            "【我要纠错】 责任编辑:李某",
            "【纠错】 【责任编辑:王某】",
        ),
    ),
    LinePattern(
        "attachments",
        "=-—_*#~· 附相下",
        r"[=\-—_*#~· ]*(?:附件下载|附件|相关附件|下载附件)[=\-—_*#~· ]*",
        ("附件下载", "—— 相关附件 ——"),
    ),
    LinePattern(
        "decorated separator",
        "=-*#~",
        r"[=\-*#~]{2,}.{1,12}[=\-*#~]{2,}",
        ("==== 往期回顾 ====",),
    ),
    LinePattern(
        "image, video or audio placeholder",
        "[【(图视音点配",
        r"[\[【(]?(?:图片|图像|配图|图|视频|音频|点击播放)[\]】)]?",
        ("[图片]", "视频", "【点击播放】"),
    ),
    LinePattern(
        "image or video credit",
        "图摄视",
        r"(?:图片来源|图源|图|图片|摄影|视频) ?[/:] ?\S{2,20}",
        ("图片来源:某某区融媒体中心", "摄影/本报记者"),
    ),
    LinePattern(
        # (a caption that tells a sentence, ▲…装车。 某某 摄, is the article's text)
        "caption marker",
        "▲△▼▽",
        r"[▲△▼▽] ?[^。]{0,40}",
        ("▲ 港口作业现场",),
    ),
)

# Words found anywhere in a line, by kind (spam words are scored per line). A word with a
# very frequent first character (新, 联, 成, 中, ...) is written without it: ``re`` stops
# at every occurrence of a first character, so rare ones keep the scan fast.
TOKENS: dict[str, tuple[str, ...]] = {
    "share": ("分享到",),
    "app": (
        "扫一扫",
        "扫码",
        "按识别",
        "载客户端",
        "开APP",
        "开App",
        "APP下载",
        "App下载",
        "注微信公众号",
    ),
    "reprint": ("转载请注明", r"未经授权.{0,6}?(?:转载|复制|使用|镜像)", "者依法必究"),
    "legal": (
        r"ICP[备证]",
        "网安备",
        "备案号",
        "听节目许可证",
        "闻信息服务许可证",
        "版权所有",
        "网站标识码",
        r"版权归.{1,30}?所有",
        "Copyright",
        "COPYRIGHT",
        r"All [Rr]ights [Rr]eserved",
        "©",
    ),
    "contact": (
        "法和不良信息",
        "良信息举报",
        "举报电话",
        "举报邮箱",
        "系邮箱",
        "系电话",
        "服电话",
        "稿邮箱",
        "闻热线",
        "报料热线",
        "爆料热线",
    ),
    "email": (r"@[A-Za-z0-9-]+\.[A-Za-z]{2,}",),
    "tips": ("闻线索", "迎向我们报料", "报料微信", "报料QQ", "报料邮箱", "迎爆料", "迎投稿"),
    "image": (r"\.(?:png|jpe?g|gif|webp|bmp|svg|PNG|JPE?G|GIF)$",),
    "credit": ("摄影$", "摄$", "供图$"),
    # Disclaimer words: two distinct ones make a line chrome (disclaimers span lines).
    "disclaimer": (
        "本网站",
        "本网",
        "本站",
        "转载",
        "删除",
        "系我们",
        "请勿",
        "未经授权",
        "依法必究",
        "QQ",
        "免责",
        "网站地图",
        "联系我们",
        "使用帮助",
    ),
    # Spam: strong words count 3 (and make the weak ones worth looking for), weak ones 1.
    "strong": (
        "无码",
        "人妻",
        "毛片",
        "黄片",
        "黄色网站",
        "色情网站",
        "乱伦",
        "偷拍",
        "人影片",
        "午夜福利",
        "福利视频",
        "伦理片",
        "级片",
        "激情视频",
        "裸聊",
        "约炮",
        "百家乐",
        "六合彩",
        "时彩",
        "博彩",
        "上赌场",
        "澳门赌场",
        "娱乐城",
        "荷官",
        "开发票",
        "票代开",
        "代孕",
        "久久",
        "字幕",
        r"AV(?![A-Za-z])",
        r"av(?![A-Za-z])",
    ),
}
# Weak spam words: they count only on a line that holds a strong one.
SPAM_WEAK = (
    "在线 视频 永久 不卡 免费 高清 观看 国产 精品 专区 欧美 日韩 亚洲 午夜 福利 成人 色情 美女"
    " 性感 影院 播放 无删减 破解版"
).split()
SPAM_MIN = 5  # strong words 3, weak ones 1, distinct words per line
# The longest line each marker kind condemns.
MARKER_LIMITS = {
    "share": 140,
    "app": 60,
    "reprint": 160,
    "legal": 220,
    "contact": 120,
    "email": 100,
    "tips": 160,
    "image": 90,
    "credit": 50,
}
