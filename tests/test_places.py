"""Places read from text: mentions and how they resolve, words that are no places, short,
weak and shared names read only in a strong context, and parts of the world."""

from __future__ import annotations

import pytest
from reading import _known

from cqmap.geo.extract import extract_text
from cqmap.geo.gazetteer import gazetteer
from cqmap.geo.matcher import find_mentions


# --------------------------------------------------------------------------- mentions
def places(text: str) -> list[str]:
    return [m.place for m in find_mentions(text)]


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("双方加强合作,推动合作共赢。", "合作市"),  # cpca: 甘肃 合作市
        ("动力电池来自宁德时代位于宜宾的电池工厂", "宁德市"),
        ("长安汽车正全力推动两地新能源汽车产业集聚发展", "长安区"),  # jionlp
        ("成渝地区双城经济圈建设", "双城区"),
        ("万州区新田港二期合作协议", "新田县"),
        ("雪宝山—四面山—黑山谷生态康养游", "宝山区"),
        ("西工大重庆科创中心正式揭牌", "西工区"),
        ("两江新区鱼复新城与宜宾三江新区成为首批示范园区", "三江县"),
    ],
)
def test_false_positives_of_other_tools_are_not_made(text, wrong):
    found = places(text)
    assert wrong not in found
    assert all(not p.endswith(("县", "区")) or p in _known() for p in found)


def test_nested_names_resolve_to_the_longest():
    assert places("两江新区鱼复新城与宜宾三江新区") == ["两江新区", "宜宾三江新区"]
    assert places("万州区新田港二期") == ["万州区", "新田港"]
    assert places("重庆江北国际机场") == ["江北国际机场"]


@pytest.mark.parametrize(
    "text, absent",
    [
        ("从江北机场出发", "江北区"),
        ("游客在长寿湖边露营", "长寿区"),
        ("祝老人健康长寿", "长寿区"),
        ("码头位于长江南岸", "南岸区"),
        ("他对党忠诚", "忠县"),
        ("境内江河纵横", "内江市"),
        ("两江四岸灯火璀璨", "两江新区"),
        ("成都高新区企业", "重庆高新区"),
        ("合法国家机构", "法国"),
        ("今日本市发布通知", "日本"),
        ("祝大家平安康康、万事安康", "安康市"),
        # (a name of Chongqing's district another city's district shares, in a text on
        # that other city's province: the other's short name is weak, here a river's bank)
        ("江北夜游航线今年重启,杭州港的游船更多了。", "宁波市江北区"),
        # (a province's name listed beside a city that has a district of that name too)
        ("天津与河北两地签署了港口合作协议。", "河北区"),
    ],
)
def test_ambiguous_short_forms_resolve_by_context(text, absent):
    assert absent not in places(text)


@pytest.mark.parametrize(
    "text, present",
    [
        ("江北区与酉阳县签订协议", "江北区"),
        ("渝北、江北两区", "江北区"),
        ("长寿海棠镇、云台镇与垫江澄溪镇", "长寿区"),
        ("南岸、巴南等区", "南岸区"),
        ("忠县石宝寨", "忠县"),
        ("重庆两江新区与高新区签署协议", "重庆高新区"),
        ("开县和梁平县", "开州区"),
        ("成都高新区企业", "成都高新区"),
        ("安康、汉中两市", "安康市"),
        ("火锅底料在重庆市场很受欢迎", "重庆市"),  # (市场, but 重庆 is the city)
        # (a list told as places, and 以及 joining it)
        ("通往攀枝花以及昭通、六盘水等地的通道", "昭通市"),
        ("通往攀枝花以及昭通、六盘水等地的通道", "六盘水市"),
        # (a list told as places of a kind, a few words telling which)
        ("班列经停东阳、永康等沿线城市", "永康市"),
        ("科隆、法兰克福等德国城市也有客户", "法兰克福"),
        ("这家公司在汉堡、赫尔辛基等欧洲节点城市设了仓库", "赫尔辛基"),
        # (a country outside the curated ones, its name of three characters or more)
        ("货物清单上多了尼日利亚出产的锂矿石", "尼日利亚"),
        ("罗马尼亚、塞尔维亚的客商出席", "塞尔维亚"),
        # (a county's name before it became a city or a district, anywhere in China)
        ("货物从水富县港口装船", "水富市"),
        ("崇明县与宝山区签约", "崇明区"),
        # (an autonomous county or prefecture written with its short name and its word)
        ("花垣县、松桃县、秀山县三县法院联合印发会议纪要", "松桃苗族自治县"),
        ("道真县与南川区签署合作协议", "道真仡佬族苗族自治县"),
        ("恩施州与万州区签署合作协议", "恩施土家族苗族自治州"),
        # (a route's end, then what its service carries: 潍坊 is no word going on)
        ("铁路部门开行了昆明至潍坊水泥班列", "潍坊市"),
        # (the stretch of a river that ends there: 段 is no word going on)
        ("今年汉江襄阳至仙桃段的航道水深达到四米。", "仙桃市"),
        ("西江梧州至肇庆段的船闸扩能完工。", "肇庆市"),
        # (a service to it, its ships carrying passengers)
        ("新船投入威海至仁川客箱运输。", "仁川"),
        # (goods each named by its place, listed, the list closed by 等 and the goods' word)
        ("这趟班列装着朔州陶瓷、吕梁核桃和忻州法兰等特色产品。", "朔州市"),
        ("冷链车拉着邻水脐橙、广安蜜柚等农产品上路。", "邻水县"),
        # (a chamber of commerce of a place's people, in another place named before it)
        ("两地企业家在深圳邻水商会座谈。", "邻水县"),
        ("成都温州商会组织会员考察园区。", "温州市"),
        ("嘉兴湖北商会与当地企业签约。", "嘉兴市"),
    ],
)
def test_short_and_former_names_resolve_in_context(text, present):
    assert present in places(text)


def test_a_city_written_before_its_shared_county_is_a_region_too():
    # (the gazetteer holds 龙岩市永定区 as one name, 永定区 being shared: both are named)
    record = extract_text("龙岩市永定区考察团来万州区学习。", doc_id="t")
    names = [r["name"] for r in record["regions"]]
    assert names == ["龙岩市", "龙岩市永定区", "万州区"]
    (mention,) = record["regions"][0]["mentions"]
    assert (mention["surface"], mention["start"], mention["end"]) == ("龙岩市", 0, 3)


def test_composites_expand():
    assert places("覆盖万达开、万开云") == [
        "万州区",
        "达州市",
        "开州区",
        "万州区",
        "开州区",
        "云阳县",
    ]


# --------------------------------------------------------------------------- false places
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("成渝地区双城经济圈建设持续推进。", "成都市"),  # a grouping
        ("成渝城市群的一体化进程加快。", "成都市"),
        ("成都平原经济区与川南经济区协同发展。", "成都市"),  # a landform
        ("新华社北京5月3日电 重庆果园港迎来新航线。", "北京市"),  # an agency's dateline
        ("班列运来两千吨复合肥。", "合肥市"),  # (compound fertiliser)
        ("区域经济南北差距仍在扩大。", "济南市"),  # (the economy's north and south)
        ("中原地区的货物在这里集结。", "中原区"),  # (a part of the country, no prefecture)
        # (an organisation of states, its zone in 青岛)
        ("卡车驶出中国—上海合作组织地方经贸合作示范区。", "上海市"),
        ("中新网重庆3月12日电 班列从果园港出发。", "重庆市"),
        ("央广网宜昌8月2日消息 一艘货船从新港出发。", "宜昌市"),  # a radio's dateline
        ("新华社兰州电 (记者 王五) 一趟班列今天从小镇出发。", "兰州市"),  # no date
        (
            "中新社南京四月二十日电 (记者 王五) 首趟班列今天从小镇出发。",
            "南京市",
        ),  # the date in numerals
        # (a Taiwan or Hong Kong paper's word for a report, 报导, after its date or closing
        # a byline's line)
        ("(中央社上海3日综合外电报导)新的货运列车抵达终点。", "上海市"),
        ("特派记者王五/北京报导\n新航线今天开通。", "北京市"),
        ("【记者王五、赵六/北京报导】新航线今天开通。", "北京市"),  # (in its brackets)
        # (an outlet's name, told by what follows it)
        ("中国物流网北京3月2日讯 (记者 王五) 班列从果园港出发。", "中国"),
        ("中国安徽网讯 首趟班列今天从果园港出发。", "安徽省"),
        ("人民网>>湖北频道>>要闻 新航线今天开通。", "湖北省"),
        ("转自浙江在线 (记者 王五) 新航线今天开通。", "浙江省"),
        ("浙江在线记者 王五 摄 新航线今天开通。", "浙江省"),  # the site's reporter
        ("(中国日报社湖南记者站 王五)", "湖南省"),
        ("本文由中国港口报 发布。", "中国"),
        ("新泊位已投用。(来源:中国港口报)", "中国"),  # a paper closing its brackets
        ("关注公众号,阅读陕西工人报\n首趟班列今天开出。", "陕西省"),  # (or its line)
        ("广州都市报\n货运站今天迎来首趟列车。", "广州市"),
        ("更多资讯请关注中国陕西网微博。", "陕西省"),  # a site's account
        ("新湖南客户端5月9日讯 一趟班列今早开出。", "湖南省"),  # an app
        ("下载“今日合川”客户端可看新闻直播。", "合川区"),
        ("中国商贸门户网 www.example.cn 今日头条", "中国"),
        ("中国报道讯 (通讯员 王五) 班列从果园港出发。", "中国"),  # a magazine's report
        ("基隆港务局的官员到码头迎接首航货轮。", "基隆"),  # a port's authority
        ("北海港-高雄港航线今天首航。", "高雄"),  # (a port's line: 港 and 航线)
        ("比雷埃夫斯港务局副局长接受了采访。", "比雷埃夫斯"),
        ("班列准点到达。\n南京看湿疹哪家医院好 https://example.cn/ad", "南京市"),  # an advert
        ("本页另有日本语版,欢迎切换阅读。", "日本"),  # a language
        ("货运公司董事长韩国栋到码头查看装船。", "韩国"),  # a person after a title
        ("该公司总经理巴西尔介绍了新航线的情况。", "巴西"),
        ("发送短信即可订阅《泸州手机报》。", "泸州市"),
        ("这艘货轮比辽宁舰还要长一些。", "辽宁省"),  # (a warship's name)
        ("这是世界上海拔最高的公路口岸之一。", "上海市"),  # (上 and 海拔)
        # (区域, 市场: a word that takes the name's last character)
        ("这个项目有助于振兴区域发展。", "振兴区"),
        ("朝天门市场的批发商多了起来。", "天门市"),
        ("新码头位于长江重庆段南岸的一处缓坡上。", "南岸区"),  # a bank
        ("嘉陵江北碚段航道整治完工。", "江北区"),  # a river before a district
        ("上海黄浦江两岸的老码头已改成了步道。", "黄浦区"),  # a river, not its district
        # (a name starting inside a weak place and ending on the facility word after it)
        ("通海港区的集装箱吞吐量增长了一成。", "海港区"),
        ("巫溪代表团先后前往大田湾体育场考察。", "大田县"),  # a word that goes on
        # (the end of a name the gazetteer does not know, in a list: Billund, not 隆德县)
        ("货航计划加密郑州至芝加哥、卢森堡、比隆德等城市的货运航班。", "隆德县"),
        ("一辆辆“中国造”汽车驶入果园港。", "中国"),  # a set phrase of a kind
        ("努力书写中国式现代化的重庆篇章。", "中国"),
        ("央视《今日中国》节目走进重庆。", "中国"),
        ("“行走中国”采访团一行抵达万州。", "中国"),  # a campaign's name
        ("记者随新时代中国调研行来到果园港。", "中国"),
        ("老中国际列车在万象举行接车仪式。", "中国"),  # 老中 and 国际
        ("第五届中国山地旅游博览会下月开幕。", "中国"),  # an event's name
        ("双方在北京峰会上签下了运输协议。", "北京市"),
        ("新中国成立以后,这座小港才修起了码头。", "中国"),  # an era, not a place
        ("江淮运河航线开通,货船从阜阳港出发。", "运河区"),  # a canal
        ("合川区啸马村与岳池县凤凰村签约。", "马村区"),  # a village's name
        ("港口有效辐射川东、黔西、湘西、陕南等地区。", "黔西市"),  # parts of provinces
        ("港口有效辐射川东、黔西、湘西、陕南等地区。", "湘西土家族苗族自治州"),
        ("这是鄂西湘西地区物资外运的通道。", "湘西土家族苗族自治州"),
        ("港口辐射四川东部、陕甘南部、鄂湘西部。", "甘南藏族自治州"),  # 甘's south
        ("港口辐射四川东部、陕甘南部、鄂湘西部。", "湘西土家族苗族自治州"),
        ("在立石、吉安等毗邻镇开展套种。", "吉安市"),  # towns
        ("舟山—重庆 江海直达航线开通。", "江海区"),  # 江海 is river and sea
        ("秀山站成为西部陆海新通道始发站点。", "通道侗族自治县"),  # inside a corridor's name
        ("列车从钦州港东站出发,三天后抵达山城重庆。", "山城区"),  # a word before a name
        ("首列成都城厢—重庆果园港班列开通。", "城厢区"),  # a part of the city before it
        ("韶关北江港区正式开港。北江航道扩能升级。", "北江市"),  # a river of 韶关, not Bac Giang
        ("山城重庆携手成都共建经济圈。", "山城区"),  # a word before a name, then 携手
        ("展会上有来自山城的好茶。", "山城区"),  # 重庆's by-name alone (山城区 is 鹤壁's)
        ("来自榕城的客商签下订单。", "榕城区"),  # 福州's (榕城区 is 揭阳's)
        ("一列班列从深圳平湖南开出。", "湖南省"),  # 深圳's rail hub, not 平湖 and 湖南
        # (a port named before, then by its head alone: 万州's 新田港, not 湖南's 新田县)
        ("万州新田港迎来一趟班列,这趟班列从新田出发。", "新田县"),
        ("兰州东川铁路物流中心有一列班列,班列从东川始发。", "东川区"),
        ("转自:中国水运网\n重庆港的班轮开往宁波。", "中国"),  # an outlet's name
        ("重庆日报记者从万州获悉,班轮开通。", "重庆市"),
        ("据中国之声报道,万州港的集装箱吞吐量创了新高。", "中国"),  # a radio channel
        ("中国航务周刊记者从万州港获悉,吞吐量创了新高。", "中国"),  # a weekly
        ("新码头一角。宜昌市新闻中心供图", "宜昌市"),  # a media centre
        ("运煤专列缓缓驶过武汉长江大桥。", "武汉市"),  # a bridge named after it
        ("货船从马来西亚驶过马六甲海峡。", "马六甲"),  # a strait named after it
        ("这条航线经苏伊士运河抵达鹿特丹。", "苏伊士"),  # a canal named after it
        # (the land around a city that grows as one, named after it)
        ("新码头将服务整个武汉城市群。", "武汉市"),
        ("这座物流枢纽是环成都经济圈的重要节点。", "成都市"),
        ("港口带动了山东半岛城市群的外贸。", "山东省"),
        ("货轮出海后经日本海、宗谷海峡北上。", "日本"),  # a sea named after it
        # (the title of a shipping centre a city is built into)
        ("太仓港的目标是成为上海国际航运中心的关键组成部分。", "上海市"),
        ("襄阳港将助力武汉长江中游航运中心的建设。", "武汉市"),
        # (a train or a ship named with 号, in quotes)
        ("“兰州号”国际货运班列今天又开出一列。", "兰州市"),
        ("新一期中欧班列「上海号」装满了机电产品。", "上海市"),
        ("集装箱船“顺达长沙”号靠泊码头。", "长沙市"),
        ("本文来源:湖南新闻 昨日一列班列从长沙开出。", "湖南省"),  # an outlet's channel
        ("以新时代中国特色社会主义思想为指导。", "中国"),  # a set phrase
        ("为武陵山区乡村振兴提供保障。", "武陵区"),  # a mountain, and 乡村 is no town
        ("公司副总经理罗海林、重庆宜化公司董事长先后致辞。", "海林市"),  # a person
        ("相比经长江抵达东部沿海城市再出海的线路。", "海城市"),  # coastal cities
        ("昨日召开县委常委会议。", "开州区"),  # 召开 县委, not 开县
        ("两地表示将缔结友好区县,深化合作。", "友好区"),  # friendship, not 伊春's 友好区
        ("代表团来渝北区考察。", "重庆市"),  # 渝北区, not 渝 visited
        ("货物运到川东北地区。", "四川省"),  # a part of a province
        # (a province's quarter: the north-west of Hunan, the south-east of Guangxi)
        ("这座口岸是湘西北片区第一个水运口岸。", "湘西土家族苗族自治州"),
        ("货物从桂东南区域的城市集结发运。", "桂东县"),
        ("黔西北山区的煤炭经铁路外运。", "黔西市"),
        ("这座港口补齐了海港功能,开辟多条海港航线。", "海港区"),  # a word of ports
        ("班列沿新疆天山山麓一路向西。", "天山区"),  # a mountain range
        ("班列经乌鲁木齐天山机场转运。", "天山区"),
        # (parts of the country and set phrases)
        ("这座城市是西南地区通往中原的重要门户。", "中原区"),
        ("冷链专列从喀什出发,奔向江南地区。", "江南区"),
        ("襄阳位于江汉、中原两大经济区之间。", "江汉区"),
        ("农产品从山村运到大城市的超市。", "大城县"),
        ("北部湾有三座滨海城市。", "海城市"),  # coastal cities
        ("关丹港位于东海岸的彭亨州。", "东海县"),  # an east coast
        ("汉江碾盘山至兴隆河段的航道整治工程已经完工。", "盘山县"),  # a navigation hub
        ("库区高峡平湖,航运条件改善。", "平湖市"),
        ("在贵阳南站,龙门吊把集装箱吊上平板车。", "龙门县"),  # a gantry crane
        ("靠着服务水平和班列密度的提高,线路越开越多。", "平和县"),  # a level, and
        ("区长王某某和县政协主席李某某一同出席。", "和县"),  # and, then the county's body
        ("为发挥港口通海的优势,新修了一条铁路。", "通海县"),  # a port open to the sea
        ("货轮满载铁矿石,经东海进入长江。", "东海县"),  # the East China Sea
        ("商品运到义乌的GD中国商城,这里有五百多家商户。", "商城县"),  # a market hall
        ("新码头依航道南岸而建。", "南岸区"),  # the channel's bank
        ("新华社杭州 4月11日电 江海直达船首航成功。", "杭州市"),  # a dateline, spaced
        ("宁夏的贺兰山下,酒庄把葡萄酒装上了班列。", "贺兰县"),  # the mountains
        ("这艘超巴拿马型滚装船可装七千辆车。", "巴拿马"),  # a ship's size class
        ("冷链班列开到成都,南通道运输从此打通。", "南通市"),  # a southern corridor
        ("这种做法在涪陵一带广为推行。", "帯广"),
        ("当地有哈萨克族、塔吉克族群众。", "哈萨克斯坦"),  # a people
        ("重庆与四川合作。代表团来璧考察。", "璧山区"),  # a host the text does not name
    ],
)
def test_false_places_are_not_read(text, absent):
    assert absent in gazetteer().places  # (a name the matcher could read)
    record = extract_text(text)
    assert absent not in {r["name"] for r in record["regions"]}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("全市上下隆重庆祝港口开港二十周年。", "重庆市"),  # (隆重, 庆祝)
        ("这座桥梁平整宽阔，货车通行顺畅。", "梁平区"),  # (桥梁, 平整)
        ("滚装船队沿江北上，驶向宜昌。", "江北区"),  # (沿江, 北上)
        ("报关员正赶上海关开关放行。", "上海市"),  # (赶上, 海关)
        ("货船驶入运河南下，三天后到港。", "河南省"),  # (运河, 南下)
        ("两地合力打造南北海运大通道。", "北海市"),  # (南北, 海运)
    ],
)
def test_a_short_name_two_words_meet_inside_is_no_place(text, absent):
    """Where a word ends on a short name's first character and another begins on its
    second, and the two are likelier words than the name between them, the name is none."""
    assert absent not in {r["name"] for r in extract_text(text)["regions"]}


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("代表团前往上海参加港航论坛。", "上海市"),  # (上海, 参加: no 海参)
        ("集装箱在上海洋山港换装海轮。", "洋山港"),  # (洋山, a name: no 海洋)
        ("一列班列开往重庆团结村。", "团结村"),
        ("中国开远与越南海防之间的班列。", "开远市"),  # (a name the counts lack)
        ("班列将在黑龙江同江北口岸出境。", "同江北口岸"),
        ("两地共建新重庆开放高地。", "重庆市"),  # (a word that ends with the name)
    ],
)
def test_a_short_name_the_likelier_word_stays(text, present):
    record = extract_text(text)
    assert present in {r["name"] for r in record["regions"]} | {p["name"] for p in record["ports"]}


def test_a_province_quarter_still_lets_the_province_and_its_places_be_read():
    """陕西北部 is the north of 陕西; 湘西州 named in full is read."""
    assert "陕西省" in {r["name"] for r in extract_text("陕西北部的榆林发出煤炭班列。")["regions"]}
    regions = {r["name"] for r in extract_text("湘西州的班列发往广州。")["regions"]}
    assert "湘西土家族苗族自治州" in regions


def test_a_city_abroad_whose_short_name_is_a_word_keeps_its_full_name():
    """北上 is going north; Japan's 北上市 is read by its full name."""
    record = extract_text("以成都为中心,班列南下东盟、北上蒙俄、西进欧洲。")
    assert not {"北上", "北上市"} & {r["name"] for r in record["regions"]}
    record = extract_text("这批机械零件运往日本北上市。")
    assert {"日本", "北上市"} <= {r["name"] for r in record["regions"]}


def test_a_city_abroad_is_named_in_simplified_characters_not_japanese_forms():
    """横滨, not 横浜; 冲绳, not 冲縄: of a city's Chinese names of one length, the one in
    Simplified characters; the Japanese form in a text is the same city."""
    for text in ("货轮从上海港驶往日本横滨。", "货轮从上海港驶往日本横浜。"):
        assert "横滨" in {r["name"] for r in extract_text(text)["regions"]}
    assert "冲绳" in {r["name"] for r in extract_text("台湾与日本冲绳签署合作书。")["regions"]}


def test_a_sea_before_a_stations_direction_names_no_city():
    """渤海东站: the sea's east station, not a station of 海东 (a city of 青海)."""
    record = extract_text("重载列车驶离渤海东站,开往石家庄。")
    assert "海东站" not in {p["name"] for p in record["ports"]}
    assert "海东市" not in {r["name"] for r in record["regions"]}


def test_a_ports_east_channel_is_no_station_named_without_its_word():
    """钦州港东 is 钦州港东站 written without 站 (钦州港东至团结村), not in 钦州港东航道."""
    ports = extract_text("建成钦州港东航道扩建工程。")["ports"]
    assert [p["name"] for p in ports] == ["钦州港"]
    ports = extract_text("班列从钦州港东发出,驶往团结村。")["ports"]
    assert "钦州港东站" in [p["name"] for p in ports]


def test_a_district_named_inside_a_word_of_ways_is_no_place():
    """合肥铁路北站 is 合肥's north station: no station of 唐山's 路北区; 路北区 in full is read."""
    record = extract_text("满载家电的班列开进合肥铁路北站物流基地。")
    assert "路北站" not in [p["name"] for p in record["ports"]]
    assert "路北区" not in [r["name"] for r in record["regions"]]
    assert "路北区" in [r["name"] for r in extract_text("唐山市路北区召开会议。")["regions"]]


def test_a_shared_name_listed_with_other_provinces_ports_is_the_one_with_a_port():
    """洋浦至南沙、锦州、天津, in a text on Hainan: 广州's 南沙 (its port), not 三沙's; told
    alone in the text on Hainan, 南沙 stays the province's own."""
    names = {
        r["name"]
        for r in extract_text("海南洋浦港开通了洋浦至南沙、锦州、天津的内贸航线。")["regions"]
    }
    assert "广州市南沙区" in names and "三沙市南沙区" not in names
    names = {r["name"] for r in extract_text("海南省三沙市的渔船在南沙海域作业。")["regions"]}
    assert "广州市南沙区" not in names


def test_a_city_abroad_written_with_the_word_for_a_city_is_that_city():
    """曼谷市, 比什凯克市: the city; a name of China's with 市 stays China's."""
    gaz = gazetteer()
    assert gaz.get("曼谷市").name == "曼谷"
    assert gaz.get("比什凯克市").name == "比什凯克"
    assert gaz.get("重庆市").name == "重庆市" and gaz.get("江北市") is None


def test_a_provinces_short_name_and_a_direction_is_no_foreign_city():
    # 川西 is the west of Sichuan; Kawanishi keeps its full name 川西市
    assert gazetteer().candidates("川西") == ()
    assert gazetteer().places[gazetteer().candidates("川西市")[0]].province == "日本"
    assert extract_text("辐射川东北、成都平原及川西方向。")["regions"] == []


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("班列抵达广西钦州港。", []),  # (广西 says where the port is)
        ("货轮直奔重庆涪陵黄旗港。", []),
        ("列车开往湖南怀化的新晃站。", []),  # (a 的 between changes nothing)
        ("货船驶向广西的钦州港。", []),
        ("货机从位于渝北区的江北国际机场起飞。", ["渝北区"]),  # (told where it lies)
        (
            "广西与重庆签约,班列抵达广西钦州港。",
            ["广西壮族自治区", "重庆市"],
        ),  # (named as places too)
        # (an industrial park named by its full word: the place says where it lies)
        ("入选名单的有大足高新技术产业开发区和隆昌经济技术开发区。", []),
        ("货物来自綦江工业园区的一家工厂。", []),
        ("广安经开区负责人介绍了产业情况。", ["广安市"]),  # (a zone named short)
        # (a park with a short name of its own between: a city, county or district says
        # where it lies; a province stays, and so does a place before a count of parks)
        ("新厂房建在四川合江临港工业园区。", ["四川省"]),
        ("冷库落户江北港城工业园。", []),
        ("名单里有两江新区鱼复工业开发区。", []),
        ("双方与贵州大龙经济开发区签约。", ["贵州省"]),
        ("万州各工业园区加快建设。", ["万州区"]),
        # (a centre of goods abroad named after its city, the country before the city)
        ("这批快件次日便送进乌兹别克斯坦塔什干分拨中心。", []),
        ("邮包运抵德国莱比锡邮件处理中心。", []),
        # (a place in brackets in a site's name: where the base, park or centre lies; not
        # where a clause goes on after the bracket, nor in a company's name)
        ("一期工程落在中新(南川)冷链示范基地内。", []),
        ("今年要把西部(绵阳)科学城建好。", []),
        ("班列成渝号(绵阳)由某某物流基地开出。", ["绵阳市"]),
        ("签约方为华远通联(山西)有限公司。", ["山西省"]),
        # (a site of its own name after the place it lies in: a wharf, a storage or transfer
        # base, a market, a power plant; not a count of them, a company, nor 中国)
        ("粮食在荆州市某某粮食储配基地卸车后装船。", []),
        ("木材运进成都市青白江国际木材交易中心。", []),
        ("这批煤炭送到江西新昌电厂。", []),
        ("云南省二十多座大型码头已建成。", ["云南省"]),
        ("外轮靠泊香港国际货柜码头有限公司的泊位。", ["香港特别行政区"]),
        ("中国棉花交易中心的会员来了。", ["中国"]),
        ("货船停在万州的码头。", ["万州区"]),
    ],
)
def test_a_region_named_only_to_say_where_a_port_is_is_no_region_of_the_story(text, regions):
    assert [r["name"] for r in extract_text(text)["regions"]] == regions


@pytest.mark.parametrize(
    ("text", "regions", "destinations"),
    [
        # (澳洲 closing a count of parts of the world: the continent, a route's end still)
        ("新开的航线覆盖北美、南美、澳洲等区域。", [], None),
        ("这批货物从钦州港发往南亚和澳洲等地。", [], ["南亚", "澳大利亚"]),
        # (closing a count of countries: the country)
        ("这些产品出口到欧美、澳洲等国家。", ["澳大利亚"], None),
    ],
)
def test_australia_counted_among_parts_of_the_world_is_the_continent(text, regions, destinations):
    record = extract_text(text)
    assert [r["name"] for r in record["regions"]] == regions
    if destinations is not None:
        assert [r["destinations"] for r in record["routes"]] == [destinations]


@pytest.mark.parametrize(
    ("text", "ports"),
    [
        # a port right before a part of it, or with 的: only the part
        ("一列班列从重庆果园港鱼嘴站开出。", ["鱼嘴站"]),
        ("货轮停靠上海港的洋山深水港区。", ["洋山港"]),
        ("重庆港佛耳岩作业区二期开工。", ["佛耳岩港"]),
        # (a site, then a facility of it in its city)
        ("一趟专列当天由贵阳国际陆港都拉营站发出。", ["都拉营国际陆海通物流港"]),
        # (the part meant in brackets after the port)
        ("冷链专列从北部湾港(钦州港)发出。", ["钦州港"]),
        # (named elsewhere too: the port as well)
        ("果园港吞吐量增长。一列班列从果园港鱼嘴站开出。", ["果园港", "鱼嘴站"]),
    ],
)
def test_a_port_named_only_to_say_where_its_part_is_is_no_port_of_the_story(text, ports):
    assert [p["name"] for p in extract_text(text)["ports"]] == ports


def test_a_bank_told_at_the_start_of_a_sentence_after_the_river_is_no_district():
    """长江…江面开阔…。南岸,新田港二期已现雏形: the south bank, not 南岸区."""
    text = "11月6日,长江万州段江面开阔,货轮往来不断。南岸,新田港二期已现雏形。"
    assert "南岸区" not in places(text)
    assert "南岸区" in places("南岸,区委书记带队调研。")


def test_a_provinces_short_form_beyond_its_stem_is_the_province():
    """内蒙 is 内蒙古自治区, as 内蒙古 is; not where 内 ends a word and 蒙受 begins one."""
    regions = {r["name"] for r in extract_text("内蒙各地的煤炭搭乘班列运往天津。")["regions"]}
    assert regions == {"内蒙古自治区", "天津市"}
    assert extract_text("去年省内蒙受洪灾的企业不少。")["regions"] == []


def test_a_people_a_tent_and_an_autonomous_region_are_not_the_country():
    regions = {r["name"] for r in extract_text("内蒙古的蒙古族牧民住在蒙古包里。")["regions"]}
    assert regions == {"内蒙古自治区"}


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        # 运河 is a canal, not the short form of 运河区 (沧州), even where goods go by it
        ("这是第一次有货物取道运河运往汉川。", ["汉川市"]),
        # 通江 is reaching the Yangtze, not 通江县; 中西部 the centre and west
        ("这条“通江”航线让湖北和中西部的货物多了出路。", ["湖北省"]),
        # 换上海轮: changing to a sea-going ship
        ("集装箱运到钦州港,就地换上海轮运往新加坡。", ["新加坡"]),
        # 会同: together with
        ("海关会同口岸单位做好服务,货物运往新加坡。", ["新加坡"]),
    ],
)
def test_words_of_transport_and_parts_are_no_places(text, regions):
    assert [r["name"] for r in extract_text(text)["regions"]] == regions


def test_a_weak_name_after_a_verb_of_perceiving_is_no_place_gone_to():
    """尝到忠州的味道: 到 ends 尝到 (to taste), no movement to 忠州 (a city of Korea by its
    short form); 渝东南武陵山区: the mountains, not 常德's 武陵区; 运到万象 goes there."""
    regions = {
        r["name"] for r in extract_text("让乡亲们尝到忠州的味道、看到忠州的风景。")["regions"]
    }
    assert "忠州市" not in regions
    regions = {
        r["name"]
        for r in extract_text("两群是渝东北三峡库区城镇群和渝东南武陵山区城镇群。")["regions"]
    }
    assert "武陵区" not in regions
    assert "万象" in {r["name"] for r in extract_text("货物运到万象。")["regions"]}


def test_a_dateline_of_reports_put_together_names_no_place_nor_date():
    """(北京8日综合电): where and when the report was filed, no place of the story nor an
    opening; 山西农民报, 山西法制报: newspapers, no places."""
    record = extract_text("(北京8日综合电)首班由中国开往马来西亚的班列抵达。")
    assert "北京市" not in {r["name"] for r in record["regions"]}
    assert all(r["opened"] is None for r in record["routes"])
    record = extract_text("本文由山西农民报、山西法制报发布。")
    assert "山西省" not in {r["name"] for r in record["regions"]}


# --------------------------------------------------------------------------- short and weak names
@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("项目位于长寿的化工园区。", "长寿区"),  # a weak short form in a strong context
        # (a province's capital is no weak name, and 恢复 before it is no word holding it)
        ("南昌拓展对外开放的新空间。", "南昌市"),
        ("机场今年恢复合肥、厦门航线。", "合肥市"),
        # (a prefecture's city named short, then 地区: the land of the prefecture)
        ("宁德地区的几家工厂接到了新订单。", "宁德市"),
        ("嘉陵江北碚段航道整治完工。", "北碚区"),
        ("货物经湖北枝江转运。", "枝江市"),  # its province before it
        ("班列抵达老挝万象。", "万象"),
        ("宁波江北区与重庆江北区签署协议。", "宁波市江北区"),  # a shared name, qualified
        ("货物从陇南运至广元港。", "陇南市"),  # a word of moving on after it
        ("班列抵达万象后卸货。", "万象"),
        ("货物运抵老挝琅勃拉邦和万象。", "万象"),  # listed after a confirmed one
        ("列车经满洲里出境,最终抵达莫斯科。", "莫斯科"),  # not the weak 达莫 across 抵达
        ("冷链班列从昆明出发,两天后抵达曼谷。", "曼谷"),  # not the weak 达曼, as long
        ("车队经越南谅山、北江、北宁开抵河内。", "北江市"),  # listed with its neighbours
        ("贵州省党政代表团来渝考察。", "重庆市"),  # a province's one-character name
        ("市领导赴川调研产业合作。", "四川省"),
        ("列车沿途经过塔吉克、吉尔吉斯和土库曼三个国家。", "吉尔吉斯斯坦"),  # Taiwan's short names
        ("璧山区位于重庆西部。华蓥市代表团来璧考察。", "璧山区"),  # the host's first character
        ("他们抵达波兰中西部最大的城市波兹南。", "波兹南"),  # a word that says it is a city
        # (a country after its continent, of any country of it: GeoNames' continents)
        ("班列预计40天到达非洲莫桑比克和纳米比亚。", "莫桑比克"),
        ("班列预计40天到达非洲莫桑比克和纳米比亚。", "纳米比亚"),
        ("货物运抵南美巴拉圭。", "巴拉圭"),
        # (a corridor's trains of the place)
        ("今年合肥中欧班列开行量创下新高。", "合肥市"),
        ("今年合肥的中欧班列开行量创下新高。", "合肥市"),
        ("中欧班列(义乌)本月开行了40列。", "义乌市"),
        # (the place's first service of its kind)
        ("长寿首列铁海联运班列昨日发车。", "长寿区"),
    ],
)
def test_places_in_a_strong_context_are_read(text, present):
    assert present in {r["name"] for r in extract_text(text)["regions"]}


def test_a_hosts_first_character_that_is_also_a_provinces_is_the_host():
    """来黔考察 in a text naming 黔江区: the host (黔江), once, not Guizhou as well."""
    record = extract_text("安徽省岳西县考察团一行来黔考察。黔江区领导陪同调研。")
    names = {r["name"] for r in record["regions"]}
    assert "黔江区" in names and "贵州省" not in names
    assert [(p["a"], p["b"]) for p in record["pairings"]] == [("黔江区", "岳西县")]


def test_a_place_after_china_is_china_s_and_goods_coming_back_are_no_onward_leg():
    """中国义乌: a weak short form told as a place of China; 中国中西部 names no 中西区;
    马德里拉响汽笛 is 马德里; goods carried back to 中国 do not move a train's end."""
    regions = {r["name"] for r in extract_text("另一列班列从中国义乌发出。")["regions"]}
    assert "义乌市" in regions
    regions = {r["name"] for r in extract_text("重庆是中国中西部唯一的直辖市。")["regions"]}
    assert "中西区" not in regions
    regions = {r["name"] for r in extract_text("班列在西班牙的首都马德里拉响汽笛启程。")["regions"]}
    assert "马德里" in regions
    text = (
        "由义乌驶向马德里的那一列班列载着手机。"
        "借助这条班列,中国商品走向海外,沿线各国的商品也被运到中国。"
    )
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("义乌市", ["马德里"])]


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("由万州老城区去江边,要走过一座大桥。", ["万州区"]),
        ("他说老城区的路太窄。", []),
        ("洛阳老城区的游客很多。", ["洛阳市", "老城区"]),
        ("大坝建成,高峡出平湖,万州的码头也搬了家。", ["万州区"]),
        ("嘉兴平湖的货物运往上海港。", ["嘉兴市", "平湖市"]),
        # (a dry port's zone named after its city: the city named so is the zone's only)
        ("这批小麦运抵兰州国际港务区,随后分拨。", []),
    ],
)
def test_a_division_named_like_a_common_word_needs_its_context(text, regions):
    """老城区 alone is a town's old quarter (万州老城区), 洛阳's district only with 洛阳; 高峡出
    平湖 is the lake a dam makes, a line of a poem, not 平湖市; 某市国际港务区 is the zone of the
    city's dry port, named after it."""
    assert [r["name"] for r in extract_text(text)["regions"]] == regions


def test_a_weak_place_abroad_right_after_a_port_area_is_a_terminals_name():
    """钦州保税港区盛港码头有限公司: 盛港 after the port area is its terminal's own name, no
    盛港 of Singapore's (whose port would be read, 盛港港); but 新加坡盛港 is that place."""
    text = "据北海保税港区盛港码头有限公司的经理说,新的吊机已经到位。"
    assert extract_text(text)["ports"] == []
    text = "货轮从钦州港出发,驶往新加坡盛港。"
    assert "盛港港" in {p["name"] for p in extract_text(text)["ports"]}


def test_a_weak_name_starting_with_a_joining_word_after_a_place_is_none():
    """龙湾和龙港两地: 和 joins two places, and no weak name starts with it (和龙 of 吉林, whose
    port 和龙港 would be read); but a place in the one right before it is one (新疆和田)."""
    text = "温州市龙湾区与龙港市签订合作协议,双方商定,龙湾和龙港两地共建一座产业园。"
    record = extract_text(text)
    assert record["ports"] == []
    assert [r["name"] for r in record["regions"]] == ["温州市", "龙湾区", "龙港市"]
    record = extract_text("一列满载红枣的班列从新疆和田出发。")
    assert "和田市" in [r["name"] for r in record["regions"]]


def test_a_weak_name_established_once_counts_everywhere_in_the_text():
    """泸县 in a list of places stands; so does its later mention as the party that acts
    (泸县政协…、积极与重庆探索), which is then the first party of the clauses after it."""
    text = "2022年,泸县、永川两地协商共建产业园。泸县政协结合自身实际,开展调研、积极与重庆探索共建协商平台。"
    record = extract_text(text)
    mentions = {r["name"]: len(r["mentions"]) for r in record["regions"]}
    assert mentions["泸县"] == 2
    assert sorted((p["a"], p["b"]) for p in record["pairings"]) == [
        ("永川区", "泸县"),
        ("重庆市", "泸县"),
    ]


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        ("果园港至越南海防的近洋航线开通。", [("果园港", ["海防市"])]),  # 海防市, as written
        ("开通成都至胡志明的国际班列。", [("成都市", ["胡志明市"])]),
        ("加强海防建设,纪念胡志明诞辰。", []),  # words, and a person: weak, no context
    ],
)
def test_a_foreign_city_named_without_shi_is_read_in_a_strong_context(text, routes):
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == routes
    if not routes:
        assert extract_text(text)["regions"] == []


def test_the_country_named_as_a_place_stays_a_region():
    """The set phrases (中国造, 中国式) aside, 中国 named as a place is read."""
    regions = {
        r["name"] for r in extract_text("中国与新加坡签署协议,中国造汽车经钦州港出口。")["regions"]
    }
    assert {"中国", "新加坡"} <= regions


def test_a_division_named_by_a_direction_stays_one_outside_lists_of_areas():
    regions = {
        r["name"] for r in extract_text("黔西市与彭水县签约,湘西州代表团来渝考察。")["regions"]
    }
    assert {"黔西市", "湘西土家族苗族自治州"} <= regions
    # (湘西部分县市: some counties of 湘西, not the west of 湘)
    regions = {r["name"] for r in extract_text("湘西部分县市的椪柑运往重庆。")["regions"]}
    assert "湘西土家族苗族自治州" in regions


def test_a_weak_country_right_before_its_city_says_where_the_city_is():
    """立陶宛维尔纽斯: the country is kept, and the train goes to the city."""
    rec = extract_text("重庆至立陶宛维尔纽斯的中欧班列首发。")
    assert [r["name"] for r in rec["regions"]] == ["重庆市", "立陶宛", "维尔纽斯"]
    assert [(r["origin"], r["destinations"]) for r in rec["routes"]] == [("重庆市", ["维尔纽斯"])]


def test_a_name_several_regions_share_listed_next_to_a_region_is_the_one_in_its_province():
    """兴山 (兴山县 of 宜昌, 兴山区 of 鹤岗) listed with 秭归: 湖北's; 西安 listed with 武汉
    stays the city a name alone is (no region of 湖北 holds it)."""
    regions = {r["name"] for r in extract_text("巫山、秭归、兴山三地共建旅游环线。")["regions"]}
    assert "兴山县" in regions and "兴山区" not in regions
    text = "吉林援建的物流园离武汉,西安这些大城市都很远。"
    assert "西安市" in {r["name"] for r in extract_text(text)["regions"]}


def test_a_shared_name_right_before_one_it_holds_is_the_holder():
    """承德双桥区: 承德 is 承德市 (not 承德县), and 双桥区 is 承德市's (not 大足区's former
    name); bare 双桥 among Chongqing's districts is that former district, now 大足区."""
    assert [r["name"] for r in extract_text("河北承德双桥区企业来访。")["regions"]][-1] == "双桥区"
    listed = [r["name"] for r in extract_text("大足、双桥、荣昌三地召开协作会。")["regions"]]
    assert listed == ["大足区", "荣昌区"]


def test_a_name_shared_by_a_city_and_the_county_inside_it_is_the_city():
    """南昌 (南昌市 and its 南昌县), 乌鲁木齐: the city, in a text of another province too."""
    regions = [
        r["name"] for r in extract_text("班列经过长沙、南昌,经兰州、乌鲁木齐抵达上海。")["regions"]
    ]
    assert {"南昌市", "乌鲁木齐市"} <= set(regions) and "南昌县" not in regions


def test_a_name_shared_by_a_city_and_the_prefecture_holding_it_is_the_city():
    """喀什 (喀什市 and 喀什地区, which holds it): the city, in a text of another province too;
    its station is a facility, and the route from it is read."""
    record = extract_text("上周一列冷链班列从喀什站出发,三天后开到成都。")
    assert [p["name"] for p in record["ports"]] == ["喀什站"]
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [("喀什站", ["成都市"])]
    regions = [r["name"] for r in extract_text("这批红枣从阿克苏运到了郑州。")["regions"]]
    assert "阿克苏市" in regions and "阿克苏地区" not in regions


def test_names_listed_as_crossings_are_the_crossings_whatever_stands_before_them():
    """满洲里、阿拉山口 are towns and their crossings: in a list a count of crossings closes
    (3个沿边口岸), each is the crossing, 新疆 before one only saying where it lies; not a
    crossing named with its kind (霍尔果斯公路口岸) nor a list of places (等地)."""
    record = extract_text("我国还有满洲里、新疆阿拉山口、霍尔果斯3个沿边口岸可进口整车。")
    assert [p["name"] for p in record["ports"]] == ["满洲里", "阿拉山口", "霍尔果斯"]
    assert record["regions"] == []
    record = extract_text("货车经霍尔果斯公路口岸出境。")
    assert [p["name"] for p in record["ports"]] == ["霍尔果斯公路口岸"]
    record = extract_text("专家走访了凭祥、东兴等地。")
    assert [r["name"] for r in record["regions"]] == ["凭祥市", "东兴市"]


def test_a_name_shared_by_an_area_and_its_seat_city_is_the_city():
    """喀什 is 喀什市 (a 地区 goes by its full name, 喀什地区); 恩施 stays the prefecture
    (恩施州 and 恩施 alike name it)."""
    regions = [r["name"] for r in extract_text("这批棉纱经铁路运到新疆喀什、阿克苏。")["regions"]]
    assert {"喀什市", "阿克苏市"} <= set(regions) and "喀什地区" not in regions
    regions = [r["name"] for r in extract_text("喀什地区与恩施签订合作协议。")["regions"]]
    assert {"喀什地区", "恩施土家族苗族自治州"} <= set(regions)
    # (a name right before one it holds is the holder: 塔城地区 holds 乌苏市)
    regions = [r["name"] for r in extract_text("班列从新疆塔城乌苏出发。")["regions"]]
    assert "塔城地区" in regions and "塔城市" not in regions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("班列从团结村出发,驶往比律悉。", "布鲁塞尔"),  # another name GeoNames lists
        ("货机从江北国际机场起飞,飞往杜拜。", "迪拜"),
        ("货物运往印度尼西亚雅加达。", "雅加达"),
        # (Taiwan's largest cities, in 台湾省)
        ("重庆至香港、台北的货运航线开通。", "台北"),
    ],
)
def test_a_foreign_city_is_shown_by_its_name_in_simplified_chinese_use(text, name):
    """A city is named by the CLDR's Simplified Chinese name of its time zone's city
    (迪拜, not 杜拜), whichever of its names the text gives."""
    assert name in {r["name"] for r in extract_text(text)["regions"]}


def test_taiwans_cities_lie_in_taiwan_and_its_small_towns_are_no_names():
    """台北 lies in 台湾省 (in China); 三峡, a town of Taiwan, stays the gorges."""
    from cqmap.geo.gazetteer import gazetteer

    gaz = gazetteer()
    assert gaz.places["台北"].parent == "台湾省" and gaz.in_china("台北")
    assert "三峡" not in gaz.places


def test_malaszewiczes_short_name_is_no_place_alone_nor_in_a_race():
    """马拉 is 马拉舍维奇 only in a strong context: not alone, nor in 马拉松."""
    for text in ("两江新区国际马拉松今天鸣枪。", "货物运到马拉后再换装。"):
        record = extract_text(text)
        assert not record["ports"] and "马拉舍维奇" not in str(record)


@pytest.mark.parametrize(
    ("port", "province"),
    [("葵青港", "香港特别行政区"), ("香港港", "香港特别行政区"), ("八所港", "海南省")],
)
def test_a_port_in_a_county_no_prefecture_holds_lies_in_its_province(port, province):
    """Hong Kong's ports and 八所港 (东方市, a county under 海南省): in China, in their
    province, as a port of any other county is."""
    from cqmap.geo.gazetteer import gazetteer

    gaz = gazetteer()
    assert gaz.in_china(port) and province in gaz.ancestors(port)
    assert gaz.places[port].province == province


@pytest.mark.parametrize(
    ("text", "end"),
    [
        # (GeoNames gives it no Chinese name: the supplement of geo/data/world.py does)
        ("首趟班列从吴家山站开往俄罗斯下诺夫哥罗德。", "下诺夫哥罗德"),
        # (a town of fewer than 50,000 people, kept for its name in the supplement)
        ("首趟班列从吴家山站开往俄罗斯埃列克特罗乌格利。", "埃列克特罗乌格利"),
        # (a name two cities carry: the supplement gives it to Spain's)
        ("首趟班列从义乌西站开往西班牙巴塞罗那。", "巴塞罗那"),
        # (GeoNames has 仁川广域市 only)
        ("首趟海铁联运班列从韩国仁川开往凭祥。", "仁川"),
        # (as Traditional pages write it: 瑯, which no conversion makes 琅)
        ("一列中老班列從成都駛出,運抵瑯勃拉邦。", "琅勃拉邦"),
        ("一列中欧班列从乌鲁木齐开出,抵达意大利萨莱诺。", "萨莱诺"),
        # (the port town of a line from China; GeoNames' Chinese name, a town too small)
        ("集装箱船从上海港启航,驶往斯里兰卡汉班托塔。", "汉班托塔"),
        ("这条航线从厦门出发,直达菲律宾宿务。", "宿务"),
        ("首航货轮从钦州港出发,驶往马来西亚槟城。", "槟城"),
        ("一艘集装箱船从防城港出发,驶往柬埔寨贡布。", "贡布"),
        # (GeoNames has 大波兰地区戈茹夫 only; 北标府 not at all)
        ("一列中欧班列从吴家山站开往波兰戈茹夫。", "戈茹夫"),
        ("一列货运班列从万象南站出发,运抵泰国北标府。", "北标府"),
    ],
)
def test_cities_abroad_named_as_the_news_names_them(text, end):
    routes = extract_text(text)["routes"]
    assert routes and end in [*routes[0]["destinations"], routes[0]["origin"]]
    places = {p["name"]: p for p in extract_text(text)["regions"]}
    assert any(p["kind"] == "city" for p in places.values())


def test_a_time_zones_namesake_city_keeps_its_name_where_another_city_holds_it():
    """温哥华 names Vancouver in Canada (America/Vancouver, in the CLDR) and Vancouver in
    Washington alike: it is Canada's, whose time zone is named after it."""
    from cqmap.geo.gazetteer import gazetteer

    text = "一艘满载木材的货轮从加拿大温哥华驶抵太仓港。"
    assert [r["origin"] for r in extract_text(text)["routes"]] == ["温哥华"]
    assert gazetteer().places["温哥华"].parent == "加拿大"


def test_a_city_abroad_by_its_former_name_is_that_city():
    """马德拉斯 is 清奈 (Chennai) by its former name, not 马德拉 (a city of America) and 斯."""
    text = "昆明至德里、马德拉斯、班加罗尔这3条全货运航线都已开通。"
    ends = [r["destinations"] for r in extract_text(text)["routes"]]
    assert ends == [["德里"], ["清奈"], ["班加罗尔"]]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("中国驻杜塞尔多夫总领事馆举办了接车仪式。", "杜塞尔多夫"),  # (驻: a mission in it)
        ("杭州海关消息,一季度出口增长。", "杭州市"),  # (an office of the place)
        ("还有成都至西宁、成都至格尔木两条铁路。", "格尔木市"),  # (两条: a count after it)
        ("二连浩特口岸通向蒙古。", "蒙古国"),  # (the country, written short)
        ("重庆、成都再一次站到了新起点上。", "成都市"),  # (再一次站: no station)
        # (a body of the place's government)
        ("永川区检察院干警前往泸县检察院交流。", "泸县"),
        ("旺苍公安局与潼南警方召开座谈会。", "旺苍县"),
        ("东坡区政府领导一行来永川考察。", "东坡区"),
    ],
)
def test_a_weak_name_confirmed_by_a_mission_an_office_or_a_count(text, place):
    assert place in {r["name"] for r in extract_text(text)["regions"]}


def test_a_service_leaving_a_city_confirms_its_short_name():
    """石家庄开出的班列: a train leaving it; the short name is a region."""
    text = "石家庄开出的中欧班列越来越多。"
    assert [r["name"] for r in extract_text(text)["regions"]] == ["石家庄市"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("同一天，嘉兴也开出一列班列，开往白俄罗斯。", "嘉兴市"),
        ("绍兴首次开行至蒙古国的货运班列。", "绍兴市"),
        # (trains sent one after another: 先后发出至)
        ("前年,嘉兴先后发出至白俄罗斯、蒙古国的几趟货运班列。", "嘉兴市"),
    ],
)
def test_a_service_leaving_a_city_after_a_word_of_time_confirms_its_short_name(text, place):
    """嘉兴也开出, 绍兴首次开行至: still a service leaving the city."""
    assert place in {r["name"] for r in extract_text(text)["regions"]}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("嘉兴及周边地区的纺织企业都用上了这条班列。", "嘉兴市"),  # (the place and around it)
        ("货物一路运到八千多公里外的明斯克,只用了十五天。", "明斯克"),  # (so far away)
        ("这趟班列驶往明斯克郊外的物流园。", "明斯克"),  # (its outskirts)
        ("这批货物将于十天后到达目的地明斯克。", "明斯克"),  # (where the goods go)
        ("包机从纽约起飞,经停明斯克,再飞杭州。", "明斯克"),  # (a stop on the way)
        ("满载汽车配件的班列昨天开进米兰。", "米兰"),  # (where the train runs into)
        ("班列一路向西,最终驶入明斯克。", "明斯克"),
    ],
)
def test_a_weak_name_told_with_its_surroundings_or_its_distance_is_a_place(text, place):
    assert place in {r["name"] for r in extract_text(text)["regions"]}


@pytest.mark.parametrize(
    ("text", "crossing", "town"),
    [
        (
            "班列向西行驶,沿途经过兰州、阿拉山口和多斯特克,最后到达阿拉木图。",
            "阿拉山口",
            "阿拉山口市",
        ),
        ("这趟班列途经阿拉山口、哈萨克斯坦、俄罗斯,开往汉堡。", "阿拉山口", "阿拉山口市"),
    ],
)
def test_a_crossing_listed_on_the_way_before_a_place_abroad_is_the_crossing(text, crossing, town):
    """途经…阿拉山口、多斯特克: the crossing the train leaves by, not the town named for it."""
    record = extract_text(text)
    assert crossing in {p["name"] for p in record["ports"]}
    assert town not in {r["name"] for r in record["regions"]}


def test_a_town_named_for_its_crossing_after_its_province_is_read_as_alone():
    """新疆霍尔果斯, 内蒙古二连浩特: the province says where both town and crossing lie, not
    which is meant; the name is the crossing, as alone, and the province only says where.
    广西凭祥, a crossing named for an older town, stays the town."""
    for text, crossing in (
        ("这列货车上周五从西安开出,走新疆霍尔果斯,再过七天到阿拉木图。", "霍尔果斯"),
        ("当年这条线路选的口岸是内蒙古二连浩特,后来又增加了别的口岸。", "二连浩特"),
    ):
        record = extract_text(text)
        assert crossing in {p["name"] for p in record["ports"]}
        regions = {r["name"] for r in record["regions"]}
        assert f"{crossing}市" not in regions
        assert not regions & {"新疆维吾尔自治区", "内蒙古自治区"}
    record = extract_text("今年以来,广西凭祥的水果进口量又创新高。")
    assert "凭祥市" in {r["name"] for r in record["regions"]}


def test_a_crossing_town_listed_on_the_way_before_a_city_of_china_is_the_town():
    """经凭祥、南宁: the town, where the next stop is in China."""
    record = extract_text("班列从河内出发,经凭祥、南宁,抵达成都。")
    assert "凭祥市" in {r["name"] for r in record["regions"]}


def test_a_provinces_short_name_shared_with_a_weak_district_is_the_province_at_home_too():
    """河北: 河北省 and 天津's 河北区 (a weak short name); in a text on 天津 it is still the
    province, unless the district is told so (天津市河北区)."""
    text = "航线上既有天津的家电,也有河北的钢材。"
    assert "河北省" in {r["name"] for r in extract_text(text)["regions"]}
    assert "河北区" in {r["name"] for r in extract_text("天津市河北区的企业签约。")["regions"]}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("据满洲里海关介绍,一季度进境的木材又多了三成。", "满洲里市"),
        ("二连浩特检验检疫局的人说,今年进口的矿石比去年多。", "二连浩特市"),
        ("霍尔果斯出入境边防检查站前天共查验出口车辆三百余辆。", "霍尔果斯市"),
    ],
)
def test_a_crossing_town_before_an_office_named_after_it_is_the_town(text, town):
    """满洲里海关, 二连浩特检验检疫局: the customs or the border police of the town, not the
    crossing."""
    record = extract_text(text)
    assert town in {r["name"] for r in record["regions"]}
    assert record["ports"] == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # an end of a road or railway named by the towns it joins
        ("南宁至凭祥高速公路完成了扩容改造。", None),  # (no crossing; the town is weak)
        ("正在修建的防城港至东兴铁路预计明年通车。", "东兴市"),
        ("哈密至阿拉山口、喀什至阿拉山口两条铁路的规划已获批准。", "阿拉山口市"),
        # told as a town
        ("这座边境城市凭祥的外贸企业越来越多。", "凭祥市"),
    ],
)
def test_a_crossing_town_a_road_joins_or_told_as_a_town_is_the_town(text, town):
    """防城港至东兴铁路: the railway joins the towns, not the crossings (not 内江's 东兴区)."""
    record = extract_text(text)
    assert town is None or town in {r["name"] for r in record["regions"]}
    assert record["ports"] == []


def test_a_weak_name_after_zhongdian_is_where_a_run_ends():
    """抵达终点奎屯: the end of the run, a place (奎屯 is a weak short form)."""
    record = extract_text("这趟班列从阿拉木图始发,走了四天,抵达终点奎屯。")
    assert "奎屯市" in {r["name"] for r in record["regions"]}
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [
        ("阿拉木图", ["奎屯市"])
    ]


def test_a_weak_name_before_words_of_its_line_is_a_place():
    """至汉堡常态化线路: the words of the line to it (常态化线路) do not continue the name."""
    record = extract_text("芜湖在原有芜湖至汉堡常态化线路之外,又开行了新线路。")
    assert "汉堡" in {r["name"] for r in record["regions"]}


def test_a_weak_name_after_cong_and_before_yilu_is_a_place():
    """从舟山一路直航到黄冈: 一路 (all the way) does not continue the name into a word."""
    record = extract_text("这艘货轮载着大豆,从舟山一路直航到黄冈。")
    assert "舟山市" in {r["name"] for r in record["regions"]}
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [("舟山港", ["黄冈港"])]


def test_a_weak_name_after_cong_and_before_feidi_is_a_place():
    """从河内飞抵成都: a word of flying on (飞抵, 飞到) does not continue the name into a word,
    as 飞往 does not."""
    for text in ("这架全货机从河内飞抵成都。", "一架货机昨天从曼谷飞到昆明。"):
        names = {r["name"] for r in extract_text(text)["regions"]}
        assert names & {"河内", "曼谷"}, text


def test_a_weak_name_before_dao_and_a_place_is_a_route_s_end():
    """济宁到重庆万州的集装箱水运航线: 济宁 is the route's start, as across a dash; 潼南双江到
    玉溪: 双江 is a town of 潼南, no 双江县."""
    record = extract_text("济宁到重庆万州的集装箱水运航线开通。")
    assert "济宁市" in {r["name"] for r in record["regions"]}
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [("济宁市", ["万州港"])]
    regions = {r["name"] for r in extract_text("潼南双江到玉溪这一段通道已经通车。")["regions"]}
    assert "双江拉祜族佤族布朗族傣族自治县" not in regions


def test_a_weak_name_where_an_event_is_held_is_a_place():
    """推介活动在沈阳拉开帷幕: the venue, 沈阳市 (a weak short form of a city elsewhere)."""
    regions = {r["name"] for r in extract_text("奉节产品推介活动在沈阳拉开帷幕。")["regions"]}
    assert "沈阳市" in regions


def test_short_names_listed_then_counted_with_zhe_are_places():
    """杭州、温州…湖州这7个市: a list counted as cities (weak short names, all of them)."""
    regions = {r["name"] for r in extract_text("杭州、温州、绍兴这3个市对口支援涪陵。")["regions"]}
    assert {"杭州市", "温州市", "绍兴市"} <= regions


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("万州港依托两江,承接东西,联动干支。", []),  # (two rivers)
        ("两江通航设施全年共通过船舶一万艘。", []),
        ("巴中与内江同在天府大地。", ["巴中市", "内江市"]),  # (Sichuan, poetically)
        ("各区县政府、高新区管委会负责人参加会议。", []),  # (any city's zone)
        # (in a strong context, a list of parties, the new area)
        ("两江、城口两地签署对口协同协议。", ["两江新区", "城口县"]),
    ],
)
def test_a_zone_s_short_name_counts_only_in_a_strong_context(text, regions):
    """两江, 天府 and 高新区 alone are more often two rivers, Sichuan and any city's zone
    than 两江新区, 天府新区 and 重庆高新区: weak short forms."""
    assert [r["name"] for r in extract_text(text)["regions"]] == regions


# --------------------------------------------------------------------------- parts of the world
def test_a_part_of_the_world_is_a_routes_end_and_no_region():
    record = extract_text("首趟班列从小南垭站出发,开往欧洲。")
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [("小南垭站", ["欧洲"])]
    assert record["regions"] == []
    assert gazetteer().holds("欧洲", "杜伊斯堡") and gazetteer().holds("东南亚", "河内")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("这批汽车是驻马店生产的,装了四十个集装箱。", "驻马店市"),
        ("鄂尔多斯出产的煤炭装上了班列。", "鄂尔多斯市"),
    ],
)
def test_a_prefecture_named_short_in_three_characters_or_more_is_a_place(text, place):
    """驻马店, 鄂尔多斯: a prefecture's short name of three characters or more is no word,
    a place wherever it stands (牡丹江, 三门峡: also a river, a gorge; still weak)."""
    assert place in {r["name"] for r in extract_text(text)["regions"]}
    assert extract_text("游客沿着牡丹江畔散步。")["regions"] == []


def test_a_ports_company_named_by_the_port_names_no_place():
    """天津港集团, 盐城港股份: the port's company; its place is no place of the story, but it
    still tells what the place's weak name means elsewhere (安庆港有限公司 … 安庆)."""
    assert [r["name"] for r in extract_text("天津港集团与银川市政府签了协议。")["regions"]] == [
        "银川市"
    ]
    text = "安庆港有限公司的经理说,今年货物多了。港口是安庆发展外贸的支点。"
    assert "安庆市" in {r["name"] for r in extract_text(text)["regions"]}


def test_a_prefectures_city_starting_a_companys_name_is_a_place():
    """苏州某某电子公司, 沈阳某某货运代理有限公司, 某某精密(无锡)有限公司: a name inside an
    organisation's name is the place; not a port of its name first (舟山港物流集团)."""
    record = extract_text("苏州一家电子有限公司的物流主管说,海运费用降了不少。")
    assert [r["name"] for r in record["regions"]] == ["苏州市"]
    record = extract_text("沈阳陆桥国际货运代理有限公司派人参会。")
    assert [r["name"] for r in record["regions"]] == ["沈阳市"]
    assert extract_text("舟山港物流集团的负责人介绍了情况。")["ports"] == []
    record = extract_text("国铁太原局今年新开了三条货运线路。")
    assert [r["name"] for r in record["regions"]] == ["太原市"]  # (a railway's bureau)
    # (the city in brackets, then the company's word: its branch there)
    record = extract_text("某某精密(无锡)有限公司的订单装上了班列。")
    assert [r["name"] for r in record["regions"]] == ["无锡市"]
    assert extract_text("某某精密(无锡)研发中心的订单装上了班列。")["regions"] == []
    # (a university or college named after the city)
    record = extract_text("嘉兴大学的学者参加了这次研讨。")
    assert [r["name"] for r in record["regions"]] == ["嘉兴市"]


def test_places_listed_with_what_is_theirs_confirm_each_other():
    """常州的电机、湖州的童装: each weak name before 的 and its goods, the items
    listed together, is a place; one alone is not confirmed so."""
    record = extract_text("专列装着常州的电机、湖州的童装和绍兴的布料驶向欧洲。")
    assert [r["name"] for r in record["regions"]] == ["常州市", "湖州市", "绍兴市"]
    assert extract_text("专列装着湖州的童装驶向欧洲。")["regions"] == []


def test_a_new_area_named_with_its_province_names_both():
    """四川天府新区, 陕西西咸新区: the province in front is named too, as in 湖北枝江; an
    area's own name that starts with its city (宜宾三江新区) stays whole, and names a zone
    of the city, no division: no region."""
    record = extract_text("四川天府新区与陕西西咸新区的企业代表交流了经验。")
    regions = [r["name"] for r in record["regions"]]
    assert regions == ["四川省", "天府新区", "陕西省", "西咸新区"]
    record = extract_text("宜宾三江新区的港口忙了起来。")
    assert [r["name"] for r in record["regions"]] == []
    record = extract_text("成都高新区的企业与成都经开区的企业签了约。")
    assert [r["name"] for r in record["regions"]] == []


def test_cities_of_china_listed_together_confirm_each_other():
    """银川、石家庄、太原: short names of prefectures' cities, each weak, are places when
    listed together, two being enough (芜湖、铜陵); a city listed with a county's weak name
    is not confirmed by it."""
    record = extract_text("这家物流公司在银川、石家庄、太原设立了分拨中心。")
    assert [r["name"] for r in record["regions"]] == ["银川市", "石家庄市", "太原市"]
    record = extract_text("这家物流公司在太原、银川开设了分拨中心。")
    assert [r["name"] for r in record["regions"]] == ["太原市", "银川市"]
    record = extract_text("新码头让芜湖、铜陵的企业少走了不少弯路。")
    assert [r["name"] for r in record["regions"]] == ["芜湖市", "铜陵市"]
    record = extract_text("今年石河子、奎屯的棉纺企业订单饱满。")
    assert [r["name"] for r in record["regions"]] == ["石河子市", "奎屯市"]  # (county-level)
    assert extract_text("这家物流公司在大同、宝清开设了分拨中心。")["regions"] == []
    # (a province's capital is a place of its own, and confirms the county listed with it)
    record = extract_text("这家物流公司在太原、宝清开设了分拨中心。")
    assert [r["name"] for r in record["regions"]] == ["太原市", "宝清县"]


def test_places_joined_by_huo_are_listed_together():
    """湖州或嘉兴: 或 joins the items of a list of places as 、 and 和 do, any one of them
    meant; two cities of China so listed confirm each other."""
    record = extract_text("这批订单来自湖州或嘉兴的纺织企业。")
    assert [r["name"] for r in record["regions"]] == ["湖州市", "嘉兴市"]
    record = extract_text("班列装运的配件产自重庆、株洲或醴陵。")
    assert [r["name"] for r in record["regions"]] == ["重庆市", "株洲市", "醴陵市"]


def test_places_joined_by_tong_are_listed_together():
    """济宁同秀山: 同 as with joins two places as 与 does, and a short name of a city
    outside Chongqing joined so to a district is that city; 同 as same joins none."""
    record = extract_text("潍坊同开州签下了新一轮产业协作协议。")
    assert [r["name"] for r in record["regions"]] == ["潍坊市", "开州区"]
    assert [(p["a"], p["b"]) for p in record["pairings"]] == [("开州区", "潍坊市")]
    record = extract_text("两地同饮一江水,开州的柑橘远销各地。")
    assert [r["name"] for r in record["regions"]] == ["开州区"]


def test_a_short_name_before_a_zone_s_short_word_is_the_place_that_runs_it():
    """营山经开区, 射洪高新区: the zone of development a county or a city runs, named by its
    short word, confirms the place's short name; the zones so named of two places working
    together are those places' pairing."""
    record = extract_text("射洪高新区上月获评省级示范园区。")
    assert [r["name"] for r in record["regions"]] == ["射洪市"]
    record = extract_text("营山经开区将与永川高新区深化交流合作。")
    assert [r["name"] for r in record["regions"]] == ["营山县", "永川区"]
    assert [(p["a"], p["b"]) for p in record["pairings"]] == [("永川区", "营山县")]


def test_places_abroad_listed_together_confirm_each_other():
    record = extract_text("航点主要包括列日、纽约、悉尼、布拉格等。")
    assert [r["name"] for r in record["regions"]] == ["列日", "纽约", "悉尼", "布拉格"]
    # (two alone do not: each is a weak name)
    assert extract_text("航点包括列日、布拉格。")["regions"] == []


def test_a_train_to_a_part_of_the_world_told_again_by_its_city_is_one_route():
    text = "首趟班列从团结村出发,开往欧洲。班列将于16天后抵达德国杜伊斯堡。"
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == ("团结村", ["杜伊斯堡"])


def test_trains_days_apart_to_a_part_of_the_world_and_a_city_in_it_stay_two():
    text = (
        "28日,一列班列从兴隆场站发往越南河内。同日,一趟回程班列运抵兴隆场站。"
        "此前一天,一列电子产品专列已从兴隆场站开往东盟国家。"
    )
    routes = {(r["origin"], tuple(r["destinations"])) for r in extract_text(text)["routes"]}
    assert routes == {("兴隆场站", ("河内",)), ("兴隆场站", ("东南亚",))}


def test_the_centre_and_east_of_a_country_is_no_middle_east():
    assert [m for m in find_mentions("中东部地区的企业加快发展。") if m.place == "中东"] == []


def test_the_pearl_river_delta_is_a_lines_end_and_no_region():
    text = "6月16日,梧州港—珠三角集装箱班轮航线开行。"
    record = extract_text(text)
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [("梧州港", ["珠三角"])]
    assert [r["name"] for r in record["regions"]] == []


def test_the_innermost_of_places_one_in_another():
    """A prefecture and the city of its name inside it: the city; two places of one name
    in two provinces: both (none holds the other)."""
    gaz = gazetteer()
    assert gaz.innermost(["喀什地区", "喀什市"]) == ["喀什市"]
    assert gaz.innermost(["钦州港", "钦州港东站"]) == ["钦州港东站"]
    assert gaz.innermost(["江北区", "宁波市江北区"]) == ["江北区", "宁波市江北区"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("江苏南通,通州湾新出海口开港。", "南通市通州区"),
        ("江苏南通通州湾的货物运往日本。", "南通市通州区"),
        ("淮安新港坐落在京杭大运河北岸。", "河北省"),
        ("湖州的码头坐落在太湖南岸。", "湖南省"),
    ],
)
def test_a_name_inside_a_landforms_is_no_place(text, absent):
    """通州湾: the bay (a port zone's name), not 南通's 通州区; 大运河北岸, 太湖南岸: the
    bank, not 河北 or 湖南 (a 湾区 is another matter)."""
    assert absent not in {r["name"] for r in extract_text(text)["regions"]}


def test_a_city_abroad_whose_name_translates_city_has_no_short_name():
    """联合市 (Union City, US): 联合 is a word (陆海联合航线), no city; 海防市 is 海防."""
    regions = {r["name"] for r in extract_text("珲春、束草陆海联合航线复航。")["regions"]}
    assert "联合市" not in regions
    assert gazetteer().candidates("海防") == ("海防市",)


def test_sokcho_has_its_chinese_name():
    """束草 (Sokcho), a port of the land–sea line from 珲春: a city of Korea."""
    assert gazetteer().places["束草"].province == "韩国"


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("开通洛杉矶经郑州至墨西哥城的货运航线。", "洛杉矶", None),
        ("班列从重庆出发,北上经满洲里口岸出境。", "重庆市", "北上"),
        (
            "中国驻杜塞尔多夫总领事冯海阳、德国北威州交通部长出席仪式。冯海阳表示,班列恢复常态。",
            None,
            "海阳市",
        ),
    ],
)
def test_a_city_in_full_before_jing_or_zhi_and_a_diplomats_name(text, present, absent):
    """洛杉矶经郑州至墨西哥城: a line's end, as before a dash; 北上 (going north) stays no
    city of Japan; 总领事冯海阳: a consul, no 海阳市."""
    regions = {r["name"] for r in extract_text(text)["regions"]}
    assert present is None or present in regions
    assert absent not in regions


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("班列经霍尔果斯出境,穿过哈萨克,抵达亚塞拜然巴库。", "阿塞拜疆"),
        ("中欧班列开往寮国永珍。", "老挝"),
        ("货物运往纽西兰和澳洲。", "澳大利亚"),
        ("这批货物来自义大利。", "意大利"),
    ],
)
def test_a_country_by_its_name_in_taiwan_or_hong_kong(text, country):
    """亚塞拜然, 寮国, 澳洲, 义大利: the CLDR's names of Taiwan and Hong Kong, as Traditional
    pages write them; 哈萨克族 is a people, no country."""
    assert country in {r["name"] for r in extract_text(text)["regions"]}
    assert extract_text("哈萨克族牧民在草原上放牧。")["regions"] == []


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        # (a city abroad with a part of it or what is near it after it; a country before
        # its capital)
        ("新港位于秘鲁首都利马以北约八十公里。", ["秘鲁", "利马"]),
        ("这座港口位于利马北部。", ["利马"]),
        ("秘鲁总统出席了仪式。", ["秘鲁"]),
        # (a place in a ship's name is no place of the story: “新上海”轮, “重庆”轮)
        ("“重庆”轮昨天抵达万州。", ["万州区"]),
    ],
)
def test_a_city_abroad_located_and_a_ships_name(text, regions):
    """位于利马以北, 秘鲁首都利马, 秘鲁总统: the places, told by where or whose; “重庆”轮:
    a ship."""
    assert [r["name"] for r in extract_text(text)["regions"]] == regions


def test_chancay_is_a_port_abroad():
    """钱凯港, the port north of 利马: in the table, hosted by 秘鲁."""
    port = gazetteer().places["钱凯港"]
    assert port.level == "port" and port.host == "秘鲁" and port.approximate


def test_weak_names_listed_share_the_strong_context_after_the_list():
    """来宾、梧州、贵港至粤港澳大湾区: the 至 after the list says each is a line's start."""
    text = "该公司还有3条航线,分别是来宾、梧州、贵港至粤港澳大湾区的专线。"
    regions = [r["name"] for r in extract_text(text)["regions"]]
    assert regions == ["来宾市", "梧州市", "贵港市"]


def test_a_trade_centre_is_no_city_abroad():
    """义乌国际商贸城: a trade centre (商贸城), not Commerce City in Colorado, whose Chinese
    name GeoNames gives so."""
    text = "首趟班列从中国义乌国际商贸城始发,奔向西班牙马德里。"
    assert "商贸城" not in [r["name"] for r in extract_text(text)["regions"]]
    assert gazetteer().get("商贸城") is None


def test_a_city_abroad_before_the_word_for_its_area_or_way_is_read():
    """发往莫斯科地区, 开往莫斯科方向: the city (its area, its way), not a longer word."""
    for text in ("两列班列当天均发往莫斯科地区。", "一列开往莫斯科方向的班列驶出。"):
        assert "莫斯科" in [r["name"] for r in extract_text(text)["regions"]]


def test_a_place_that_runs_a_service_to_another_is_a_place():
    """长春开行至大连港的班列: a short name before 开行至 or 开通至 starts a service; the
    place is confirmed as a start is."""
    record = extract_text("长春开行至大连港的集装箱班列本周加密。")
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [("长春市", ["大连港"])]


def test_a_place_told_running_trains_is_a_place():
    """徐州开行超400列: a short name before 开行 runs the trains counted after it."""
    record = extract_text("今年前三季度,扬州开行了两百多列海铁联运班列。")
    assert [r["name"] for r in record["regions"]] == ["扬州市"]


def test_a_place_closing_a_phrase_after_zai_is_a_place():
    """在苏州,…: 在 and the name alone, then the phrase's end: where what follows happens."""
    record = extract_text("在扬州,今年第一列海铁联运班列于周一清晨发车。")
    assert [r["name"] for r in record["regions"]] == ["扬州市"]


def test_the_east_china_sea_is_no_county():
    """由东海入江: the ship comes in from the East China Sea, not from 连云港's 东海县; the
    county by its full name still is one."""
    record = extract_text("一艘江海直达船自舟山开出,由东海入江,逆流而上前往马鞍山。")
    assert "东海县" not in [r["name"] for r in record["regions"]]
    record = extract_text("东海县与灌云县签订合作协议。")
    assert "东海县" in [r["name"] for r in record["regions"]]


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        # (another country's first-level divisions, by their full name with its word of kind)
        ("这家工厂设在马来西亚雪兰莪州,产品经巴生港出口。", ["马来西亚", "雪兰莪州"]),
        ("越南老街省和云南省之间的贸易越来越多。", ["越南", "老街省", "云南省"]),
        ("北莱茵-威斯特法伦州代表团昨天到访重庆。", ["北莱茵-威斯特法伦州", "重庆市"]),
        ("泰国尖竹汶府的榴莲装车北上。", ["泰国", "尖竹汶府"]),
        # (the name without its word, in a strong context: after its country)
        ("德国巴伐利亚的企业来渝考察。", ["德国", "巴伐利亚州", "重庆市"]),
        # (a name that ends like a city's is the division's as written, and weak: a market)
        ("班列经安宁—玻璃市—吉隆坡运行。", ["玻璃市", "吉隆坡"]),
        ("玻璃市场的价格回落。", []),
        # (an oblast named after its centre, which the translations leave out: the city's
        # name and 州; the city alone stays the city)
        ("车队从白俄罗斯明斯克州出发,后来又去了明斯克。", ["白俄罗斯", "明斯克州", "明斯克"]),
        ("哈萨克斯坦阿拉木图州的面粉运抵西安。", ["哈萨克斯坦", "阿拉木图州", "西安市"]),
        ("这批木材来自俄罗斯基洛夫州和伊万诺沃州。", ["俄罗斯", "基洛夫州", "伊万诺沃州"]),
        # (a name of China's stays China's: 河南省, not Vietnam's Hà Nam)
        ("河南省的货物运往越南。", ["河南省", "越南"]),
    ],
)
def test_first_level_divisions_abroad_are_read_by_their_names(text, regions):
    assert [r["name"] for r in extract_text(text)["regions"]] == regions


def test_a_division_abroad_before_a_station_of_its_country_says_where_it_is():
    """卡卢加州沃尔西诺站: the oblast tells where the station is, and the country before it
    where the oblast is; the train goes to the station."""
    rec = extract_text("这趟中欧班列从乌兰察布七苏木站开出,以俄罗斯卡卢加州沃尔西诺站为到站。")
    assert [r["name"] for r in rec["regions"]] == []
    assert [r["destinations"] for r in rec["routes"]] == [["沃尔西诺站"]]


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        # (a city abroad of three characters or more, its country named in full in the text)
        ("首趟回程班列已从哈萨克斯坦的阿拉木图开出。", ["哈萨克斯坦", "阿拉木图"]),
        ("从西安到杜伊斯堡只要十来天。德国客户很满意。", ["西安市", "杜伊斯堡", "德国"]),
        # (its country not named: weak as before)
        ("从这里到杜伊斯堡只要十来天。", []),
        # (a name of two characters is a word: 汉堡)
        ("德国客户爱吃汉堡包。", ["德国"]),
        # (the division named after the city: not the city, the oblast)
        ("萨马拉州的客户订购了机床,这批发往俄罗斯的货物不少。", ["萨马拉州", "俄罗斯"]),
    ],
)
def test_a_city_abroad_whose_country_the_text_names_is_read(text, regions):
    assert [r["name"] for r in extract_text(text)["regions"]] == regions


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        # (a place of China and a word of a province's affairs: no division abroad)
        ("山西太原省级开发区的企业增加。", ["山西省", "太原市"]),
        ("广西隆安省道改造完工。", ["广西壮族自治区", "隆安县"]),
        # (the division abroad itself, and its government named after it)
        ("马来西亚雪兰莪州政府代表团来访。", ["马来西亚", "雪兰莪州"]),
    ],
)
def test_a_division_abroad_whose_word_of_kind_goes_on_into_another_word_is_none(text, regions):
    assert [r["name"] for r in extract_text(text)["regions"]] == regions


def test_a_weak_name_right_after_a_word_of_a_service_leaving_is_a_place():
    """班列驶离襄阳: the place a train or a ship leaves (驶离, 驶出) is a place, as the one
    it heads for (驶向) is; the route then starts there."""
    record = extract_text("上午十点,满载化肥的班列驶离襄阳,一路开往宁波舟山港。")
    assert "襄阳市" in {r["name"] for r in record["regions"]}
    assert [r["origin"] for r in record["routes"]] == ["襄阳市"]


@pytest.mark.parametrize(
    "text, found",
    [
        # (a county weak alone, dotted to a place of China before what the two do together)
        ("今年秋天,重庆·巴里坤职业教育共建签约仪式在乌鲁木齐举行。", True),
        ("北川·江油区域协作座谈会昨日召开。", True),
        # (a park, a train or a sight named by two places: no working together told)
        ("重庆·巴里坤特色农产品展销馆开馆。", False),
    ],
)
def test_a_weak_name_dotted_to_a_place_before_their_working_together_is_a_place(text, found):
    """重庆·巴里坤…共建: a middle dot writes two divisions of China as partners under the
    title of what they do together, so a weak name so joined is a place."""
    names = {r["name"] for r in extract_text(text)["regions"]}
    assert bool(names & {"巴里坤哈萨克自治县", "北川羌族自治县"}) is found, names


def test_the_country_a_place_is_or_lies_in():
    """Gazetteer.country_of: a country is its own, a city or a port abroad lies in one, a
    place of China's provinces or a name unknown has none the gazetteer holds."""
    gaz = gazetteer()
    assert gaz.country_of("俄罗斯") == "俄罗斯"
    assert gaz.country_of("莫斯科") == "俄罗斯"
    assert gaz.country_of("林查班港") == "泰国"
    assert gaz.country_of("重庆市") is None
    assert gaz.country_of("某某某") is None


def test_a_districts_name_after_a_city_that_does_not_hold_it_is_no_place():
    """新乡市西工区: the city says where the name lies, and 洛阳's 西工区 lies elsewhere (an
    area of 新乡 so called); a district after its own city, or a shared name, stays."""
    regions = [r["name"] for r in extract_text("货物在新乡市西工区装车后运往青岛。")["regions"]]
    assert "西工区" not in regions and "新乡市" in regions
    regions = [r["name"] for r in extract_text("洛阳市西工区的企业。")["regions"]]
    assert "西工区" in regions
