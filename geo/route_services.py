"""The services of freight routes by their words: what names a line, a corridor, a
programme or a river, and the words a sentence is read for routes by.

The words that name a service (:data:`SERVICE_WORDS`: 班列, 航线 …), the corridors and
programmes by their names (:data:`CORRIDOR_OF`, :data:`PROGRAMME_OF`), the rivers called
a golden waterway (:data:`RIVER_BEFORE`), the plain words a sentence must hold to be read
for routes at all (:data:`ROUTE_HINTS`, one pass over every text: plain words only), the
cue of freight (:data:`TRANSPORT_CUE`) and of passengers (:data:`PASSENGERS`), whose
sentences name no freight route.
"""

from __future__ import annotations

import re

from cqmap.geo.route_modes import MODE_WORDS
from cqmap.geo.vocabulary import CORRIDORS, OTHER_GOLDEN_RIVERS, PROGRAMMES

__all__ = [
    "CORRIDOR_OF",
    "CORRIDOR_RE",
    "LINKING_LINES",
    "OTHER_GOLDEN_RIVERS",
    "PASSENGERS",
    "PASSENGER_SERVICE",
    "PROGRAMME_OF",
    "PROGRAMME_RE",
    "RIVER_BEFORE",
    "ROUTE_HINTS",
    "SERVICE_WORDS",
    "TRANSPORT_CUE",
]

# (a pattern, not a word: :data:`ROUTE_HINTS` holds its plain words, which keep the hints'
# one pass over a text a scan for their first characters)
_QUOTED_LOGISTICS_CHANNEL = '[”"」][^，。；,;“”"」\ue000-\uefff]{0,8}?物流新?通道'
SERVICE_WORDS = (
    "班轮航线", "班轮", "航线", "快线", "班列", "专列", "班车", "航班", "水水中转", "直达",
    "专线", "穿梭巴士", "港航巴士", "水上巴士", "线路", "滚装船", "货轮", "货船", "直航", "快班", "列车",
    "班线", "运输线",
    "快航",  # (“精品快航”直达航线, 江海快航: a fast liner service)
    # (a ship by the boxes it carries, as 货轮 is by its goods: 涪陵开往上海的集装箱船; 貨櫃船 in
    # pages of Taiwan and Hong Kong)
    "集装箱船", "集装箱轮", "货柜船", "货柜轮",
    "包机航班", "包机",  # (兰州-迪拜国际货运包机首航: a charter, flown as a line)
    "货列",
    # (路线 alone is any way, 旅游路线: only a way of freight)
    "铁路路线", "物流路线", "运输路线", "货运路线", "运输新路线", "物流新路线",
    "运输路径", "物流路径",  # (洋浦至南沙、锦州等多条同船运输路径)
    # (a channel of combined transport between two places: 重庆—新加坡铁海联运通道,
    # “重庆—曼谷”双向铁路运输通道, “宜宾—武汉”水上快速通道)
    "联运通道", "运输通道", "水上快速通道",
    # (the same told new, 新 before its last word: “日本—武汉—蒙古”国际海铁联运新通道, as
    # 运输新路线 below)
    "联运新通道", "运输新通道",
    # (a channel of logistics, right after its ends in quotes: “黄骅港—锦州港”粮食物流
    # 新通道; not one told by what it joins, 由武汉通往中亚的物流新通道, a train's way told
    # again; nor 物流大通道, a corridor's name: 川贵广—南亚国际物流大通道)
    _QUOTED_LOGISTICS_CHANNEL,
    # (the same told as a great or a green channel, or one of logistics: 兰州—日照陆海联运大通道,
    # 鄂尔多斯—曹妃甸港的物流通道, 宜昌—太仓铁海联运绿色通道; not 物流大通道, a region's corridor as a
    # whole: 川贵广—南亚国际物流大通道)
    "联运大通道", "联运绿色通道", "运输绿色通道", "物流通道",
    # (a service of combined transport offered, named by its ends: “株洲—南沙港—卡拉奇港”
    # 铁海联运服务)
    "联运服务",
    # (“泸州-昆明”这条铁水联运线: a line of rail and water)
    "铁水联运线", "水铁联运线", "铁海联运线", "海铁联运线",
    # (a feeder line between a port and a hub port: “日照-青岛”集装箱外贸内支线, 公共支线;
    # not 铁路支线, a branch of a railway)
    "内支线", "公共支线", "集装箱支线",
    "海上巴士",  # (往返于连云港港与上海港的“海上巴士”: a shuttle liner)
    # (an air cargo line between two cities, told by its figure: 西安—列日“空中丝绸之路”)
    "空中丝绸之路", "空中丝路",
)  # fmt: skip


# The corridors by each of their names (西部陆海新通道, 南向通道, 渝新欧 …)
CORRIDOR_OF = {n: c for c in CORRIDORS for n in c.names}
# (黄金水道 alone is the Yangtze's, but not right after another river: 西江黄金水道,
# 嘉陵江黄金水道 are those rivers'; the land–sea corridor's short names are the west's,
# but not after another part of the country, nor by air: 东北陆海新通道, 中部陆海新通道,
# 东南陆海新通道, 空中陆海新通道)
_OTHER_PARTS = "".join(
    f"(?<!{part})" for part in ("东北", "中部", "东部", "北部", "南部", "华北", "东南", "空中")
)
_NOT_AFTER = {
    "黄金水道": "(?<![江河])",
    "陆海新通道": _OTHER_PARTS,
    "陆海贸易新通道": _OTHER_PARTS,
}
# (a name with its platform in brackets, 中欧班列(成都), is read as the programme's name and
# the place after it)
CORRIDOR_RE = re.compile(
    "|".join(
        _NOT_AFTER.get(n, "") + re.escape(n) for n in sorted(CORRIDOR_OF, key=len, reverse=True)
    )
)

# The programmes by each of their names (丝绸之路经济带, 中蒙俄经济走廊 …): named only, no
# word of a route (a sentence is not read for routes for them)
PROGRAMME_OF = {n: c for c in PROGRAMMES for n in c.names}
PROGRAMME_RE = re.compile(
    "|".join(re.escape(n) for n in sorted(PROGRAMME_OF, key=len, reverse=True))
)

_RIVER_NOT_AFTER = {"西江": "广", "北江": "湖", "东江": "广山", "汉江": "武"}
RIVER_BEFORE = re.compile(
    "|".join(
        (f"(?<![{_RIVER_NOT_AFTER[r]}])" if r in _RIVER_NOT_AFTER else "") + r
        for r in ("长江", *OTHER_GOLDEN_RIVERS)
    )
)

# Lines of freight named by no service word, read only where a sentence tells the ends
# they link (连通武汉和里昂的货运铁路线, 连接南宁与河内的新路线; not 路线 alone, any way:
# 旅游路线; nor 铁路线 alone, a railway's track)
LINKING_LINES = ("货运铁路线", "铁路货运线", "新路线")

# Words of a sentence that may name a route (it is read for routes only if it has one).
ROUTE_HINTS = (
    *(w for w in SERVICE_WORDS if w != _QUOTED_LOGISTICS_CHANNEL), "物流新通道",
    *LINKING_LINES,
    # (开通天津线、广州线和宁波线: lines listed each by its far end and 线)
    "线、", "线和",
    *(w for mode, words in MODE_WORDS[:3] for w in words),
    "运抵", "驶往", "发往", "运往", "开往", "通往", "驶向", "中转", "出发", "启程", "始发",
    "驶离", "驶出", "起航", "启航", "离港", "解缆", "抵达", "到达", "离开", "驶去", "开去",
    "靠泊", "停靠", "离泊", "靠上",
    "航运", "往返", "首航", "开航", "通航", "分拨", "货车", "运输至", "出口至", "启运", "起运", "运至", "运到", "起点", "装船",
    # (由越南运输到泰国, 运送至钦州港: goods carried there, as 运输至 and 运至 are; the
    # words of where a movement ends have them; 运送到 has 送到)
    "运输到", "运送至",
    # (把家电送往中亚, 一批机器送达汉堡: goods sent there)
    "送到", "送往", "送达",
    # (一列火车从呼和浩特…开到法兰克福, 驶抵多斯特克站, 开赴莫斯科: a train's arrival, as
    # :data:`DESTINATIONS` reads it, where the sentence names the train by no service word)
    "开到", "驶到", "开抵", "驶抵", "开赴", "奔赴", "奔向", "直奔", "直抵", "驰往",
    "终点",
    # (这批马铃薯两天后可到越南胡志明市: where the goods told leaving arrive)
    "可到", "就到", "便到",
    # (从湖北宜都运来,在果园港卸船)
    "卸船", "卸货",
    # (货物从天河机场短驳至花湖机场: a short haul by lorry)
    "短驳",
    # (一架全货机从成都起飞,目的地是布鲁塞尔)
    "起飞", "升空", "腾空", "目的",
    # (一架全货机由花湖机场飞往宝安机场, 货机从曼谷飞抵郑州: freight flown there; a
    # passengers' flight is read for no route)
    "飞往", "飞抵", "飞到",
    # (货机由成都起飞,着陆于长水国际机场: landed there; not 落地, whose 地 is a
    # continuation cue's, 两地: a sentence landing so tells 起飞 or 货机 too)
    "降落", "着陆", "降在",
    # (the corridors' plain names: 中欧(亚)班列 is hinted by 班列)
    *(n for n in CORRIDOR_OF if re.escape(n) == n),
)  # fmt: skip


TRANSPORT_CUE = re.compile(
    "班轮|航线|快线|班列|专列|货列|班车|运抵|驶往|发往|运往|运至|运到|开往|通往|驶向|中转|货运|集装箱|货物"
    "|首航|货车|车队|船队|货船|货机|产品|商品|货品|首批|第一批|快件|快递|邮件"
    # (返程则自杜伊斯堡启程: a service's way back or out; 从泰国起运: goods shipped)
    "|返程|回程|去程|起运|启运"
    # (a quantity of freight: 6.3万吨砂石, 108标箱, 12只标准箱; goods unloaded or loaded)
    r"|\d万?(?:吨|[只个]?标准?箱|TEU)|卸船|卸货|装船"
)
# A sentence on passengers (客船, 动车, 旅游专列, 旅游线路) names no freight route.
PASSENGERS = re.compile(
    "客船|客轮|游轮|客运|旅客|游客|动车|高铁|城际快巴|公交|客车|客滚|旅游(?:专列|列车|班列|线路|路线|专线|航线)"
    # (驶往某地的游船船票已售罄: pleasure boats, and the tickets people buy to board them)
    "|游船|船票"
    # (K2618次列车, G1234次: a passenger train by its number; not X8489次, 79366次, freight's)
    r"|(?<![A-Za-z0-9])[KTZGDC]\d{1,4}次"
    # (记者从黔江站登上列车: a reporter aboard, a ride of people told; not goods that 登上
    # 班列, nor 海关关员登上列车 to inspect one)
    r"|记者[^，。；,;]{0,12}?(?:登上|坐上|乘上|乘坐|搭乘)了?(?:列车|火车|动车|高铁|航班|飞机|客船|轮船)"
)
# A service of passengers named before where it runs from (国际客运列车由北京…前往): not
# goods such as buses (载着28台客车驶离)
PASSENGER_SERVICE = re.compile("(?:客运|旅客)(?:列车|班列|航线|航班|班轮|线路)")
