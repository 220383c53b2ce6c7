package cn.ipfin.bench.generator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Word lists from which the generator builds Chinese organisation names, patent titles, abstracts, IPC codes
 * and personal names. The fields follow Shanxi's industries: coal and coal machinery, coking, energy storage
 * and photovoltaics, steel and aluminium, new materials, agriculture and food, traditional Chinese medicine and
 * software.
 */
final class Vocabulary {

    static final List<String> CITIES = List.of("太原", "大同", "阳泉", "长治", "晋城", "朔州", "晋中", "运城", "忻州",
            "临汾", "吕梁");

    static final List<String> BRANDS = List.of("晋源", "汾水", "太行", "吕梁山", "五台", "恒山", "中条", "晋阳", "并州",
            "龙城", "三晋", "云冈", "平遥", "壶口", "雁门", "沁水", "桑干", "晋祠", "黄河", "华晋", "晋安", "鼎立",
            "瑞达", "宏图", "泰和", "兴晋", "立信", "聚能", "卓越", "启航", "天一", "长青", "金石", "凯盛", "安泰",
            "新原", "同创", "智远", "博远", "鸿升", "晋煤", "潞安", "阳煤", "蓝焰", "晋华", "中晋", "正和", "德信",
            "永盛", "嘉禾", "润丰", "东方", "北岳", "西山", "晋北", "晋南", "汇通", "远航", "星火", "晋恒");

    static final List<String> FIELDS = List.of("智能装备", "煤机", "新材料", "储能", "光伏", "信息技术", "数据科技",
            "生物医药", "中药", "农业科技", "食品", "环保科技", "节能", "电子", "精密机械", "特钢", "铝业", "化工",
            "检测技术", "软件", "物联网", "新能源", "氢能", "碳材料", "电气", "自动化", "机器人", "医疗器械",
            "建材", "纺织", "光电", "半导体", "通信", "无人机", "智慧矿山", "焦化", "杂粮", "醋业", "陶瓷",
            "轨道交通");

    static final List<String> SUFFIXES = List.of("科技有限公司", "技术有限公司", "股份有限公司", "有限责任公司",
            "科技股份有限公司");

    static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐",
            "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于",
            "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾",
            "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴", "夏", "钟", "汪", "田", "任", "姜", "范", "方",
            "石", "姚", "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔", "白", "崔", "康", "毛", "邱", "秦", "江",
            "史", "顾", "侯", "邵", "孟", "龙", "万", "段", "雷", "钱", "汤", "尹", "黎", "易", "常", "武", "乔",
            "贺", "赖", "龚", "文");

    static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇",
            "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "文", "华", "红", "志强",
            "晓东", "海燕", "建国", "玉兰", "晋生", "永胜", "子豪", "思远", "雨欣", "浩然", "宇航", "佳怡", "梓涵",
            "俊杰", "欣怡", "一鸣", "振华", "晓明", "丽娟", "国庆", "爱民", "瑞", "鑫");

    /** A technical field: subjects that titles combine with objects, and the IPC groups filed under it. */
    record Field(List<String> subjects, List<String> objects, List<String> ipc) {
    }

    static final List<Field> TECH = List.of(
            new Field(List.of("煤矿井下", "综采工作面", "矿用", "瓦斯抽采", "煤层气", "巷道掘进", "矿井通风"),
                    List.of("液压支架", "刮板输送机", "瓦斯浓度监测", "防爆电机", "锚杆钻机", "带式输送机纠偏",
                            "粉尘治理", "顶板压力预警", "人员定位"),
                    List.of("E21D 23/00", "E21F 7/00", "E21F 17/18", "B65G 15/30", "E21B 43/00", "G01V 11/00")),
            new Field(List.of("焦炉", "煤焦化", "煤化工", "焦炉煤气", "煤气化"),
                    List.of("余热回收", "脱硫脱硝", "焦油分离", "甲醇合成", "炉门密封", "干熄焦"),
                    List.of("C10B 57/00", "C10K 1/00", "B01D 53/86", "C07C 29/15", "F27D 17/00")),
            new Field(List.of("储能电站", "锂离子电池", "光伏组件", "风电机组", "氢燃料电池", "电化学储能"),
                    List.of("电池热管理", "功率预测", "逆变器控制", "电池均衡", "故障诊断", "储氢罐"),
                    List.of("H01M 10/613", "H01M 10/625", "H02J 3/32", "H02S 40/30", "H01M 8/04", "F03D 7/00")),
            new Field(List.of("高强度钢", "铝合金", "镁合金", "不锈钢", "碳纤维", "石墨烯", "耐火材料"),
                    List.of("热处理", "轧制", "表面涂层", "连铸坯", "复合材料", "粉末冶金"),
                    List.of("C21D 8/02", "C22C 21/00", "C22C 23/02", "B22D 11/00", "C01B 32/184", "C04B 35/00")),
            new Field(List.of("图像识别", "工业互联网", "边缘计算", "区块链", "大数据", "数字孪生", "深度学习"),
                    List.of("数据处理", "目标检测", "设备巡检", "质量追溯", "身份认证", "调度优化"),
                    List.of("G06V 10/82", "G06F 16/27", "G06N 3/08", "H04L 9/32", "G06Q 10/06", "G05B 19/418")),
            new Field(List.of("小米", "苦荞", "陈醋", "红枣", "黄芪", "连翘", "沙棘"),
                    List.of("发酵", "提取", "干燥", "加工", "保鲜", "种植"),
                    List.of("A23L 7/10", "C12J 1/00", "A61K 36/481", "A23B 7/02", "A01G 22/00", "A23L 2/02")));

    static final List<String> TITLE_PREFIXES = List.of("一种", "一种", "一种", "", "基于", "用于");
    static final List<String> TITLE_SUFFIXES = List.of("装置", "系统", "方法", "设备", "及其制备方法", "控制方法及装置",
            "检测方法", "工艺");
    static final List<String> EFFECTS = List.of("提高了生产效率", "降低了能耗", "减少了人工干预", "提升了安全性",
            "延长了设备寿命", "降低了成本", "提高了检测精度", "减少了污染物排放");

    private Vocabulary() {
    }

    static <T> T pick(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }

    static String personName(SplittableRandom random) {
        return pick(SURNAMES, random) + pick(GIVEN, random);
    }
}
