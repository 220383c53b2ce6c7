package cn.ipfin.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.ipasset.IpAssetData;
import cn.ipfin.ipasset.IpKind;

/**
 * Generates realistic patent records for the demo enterprises from fixed vocabularies and a fixed seed, so
 * every installation gets the same records.
 */
final class DemoPatents {

    /** One demo record: its canonical number, the data and the legal status text. */
    record DemoPatent(String number, IpAssetData data, String statusText) {
    }

    /** The technical field of one demo enterprise: title parts and IPC codes. */
    private record Field(String owner, List<String> subjects, List<String> objects, List<String> ipc) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("太原智煤科技有限公司", List.of("煤矿井下", "综采工作面", "矿井通风", "瓦斯浓度", "液压支架"),
                    List.of("人员定位方法", "智能监测系统", "预警装置", "数据采集终端", "远程控制方法"),
                    List.of("E21F 17/18", "G01V 9/00", "G06Q 50/02", "E21D 23/12")),
            new Field("山西晋芯半导体材料有限公司", List.of("碳化硅", "氮化镓", "单晶衬底", "外延片", "晶圆"),
                    List.of("生长方法", "切割装置", "缺陷检测方法", "抛光工艺", "退火设备"),
                    List.of("C30B 29/36", "H01L 21/02", "B28D 5/00", "G01N 21/95")),
            new Field("大同新能氢能装备有限公司", List.of("燃料电池", "储氢瓶", "加氢站", "电堆", "氢气循环泵"),
                    List.of("密封结构", "热管理系统", "控制方法", "安全阀", "检测装置"),
                    List.of("H01M 8/04", "F17C 1/00", "B60L 50/70", "F17C 13/04")),
            new Field("长治光电传感技术有限公司", List.of("光纤光栅", "激光测距", "红外成像", "光电探测器", "分布式光纤"),
                    List.of("传感器", "解调方法", "校准装置", "封装结构", "温度补偿方法"),
                    List.of("G01D 5/353", "G01S 17/08", "H01L 31/02", "G01K 11/32")),
            new Field("晋中农业生物科技有限公司", List.of("谷子", "高粱", "藜麦", "土壤微生物", "有机肥"),
                    List.of("育种方法", "发酵工艺", "种植装置", "菌剂制备方法", "检测试剂盒"),
                    List.of("A01H 1/02", "C12N 1/20", "C05F 11/08", "A01G 22/20")),
            new Field("山西汾水数据服务有限公司", List.of("自动驾驶矿卡", "工业互联网", "边缘计算", "车路协同", "数字孪生"),
                    List.of("调度方法", "通信系统", "路径规划方法", "数据处理装置", "故障诊断方法"),
                    List.of("G05D 1/02", "H04L 67/12", "G06F 9/50", "G08G 1/16")));

    private static final String[] STATUS_TEXTS = {"授权", "授权", "授权", "实质审查", "公开", "未缴年费专利权终止"};

    private DemoPatents() {
    }

    static List<DemoPatent> generate(int perEnterprise) {
        Random random = new Random(20261204L);
        List<DemoPatent> patents = new ArrayList<>();
        int serial = 1;
        for (Field field : FIELDS) {
            for (int i = 0; i < perEnterprise; i++) {
                patents.add(patent(field, random, serial++));
            }
        }
        return patents;
    }

    private static DemoPatent patent(Field field, Random random, int serial) {
        IpKind kind = random.nextInt(10) < 6 ? IpKind.INVENTION : (random.nextInt(4) == 0 ? IpKind.DESIGN
                : IpKind.UTILITY_MODEL);
        LocalDate filed = LocalDate.of(2014 + random.nextInt(11), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String digits = String.format("%04d%d%07d", filed.getYear(), typeDigit(kind), 100000 + serial * 37);
        String number = digits + "." + PatentApplicationNumber.computeCheckCharacter(digits);

        String subject = field.subjects().get(random.nextInt(field.subjects().size()));
        String object = field.objects().get(random.nextInt(field.objects().size()));
        String title = kind == IpKind.DESIGN ? subject + object.replaceAll("方法|工艺", "") + "（外观）"
                : "一种" + subject + object;
        String status = kind == IpKind.INVENTION ? STATUS_TEXTS[random.nextInt(STATUS_TEXTS.length)]
                : STATUS_TEXTS[random.nextInt(3)];
        boolean granted = status.equals("授权") || status.contains("终止");
        int monthsToGrant = kind == IpKind.INVENTION ? 20 + random.nextInt(16) : 6;
        LocalDate grant = granted ? filed.plusMonths(monthsToGrant) : null;
        if (grant != null && grant.isAfter(LocalDate.of(2026, 11, 30))) {
            grant = null;
            status = "实质审查";
        }

        String ipc = field.ipc().get(random.nextInt(field.ipc().size()));
        IpAssetData data = new IpAssetData(kind, title, null,
                "本" + (kind == IpKind.INVENTION ? "发明" : "实用新型") + "涉及" + subject + "领域，公开了" + title
                        + "，可提高可靠性并降低成本。",
                List.of(field.owner()), List.of("发明人" + String.format("%03d", serial % 200 + 1)),
                null, filed, filed.plusMonths(18), grant, List.of(ipc), ipc, 5 + random.nextInt(16),
                1 + random.nextInt(4));
        return new DemoPatent(number, data, status);
    }

    private static int typeDigit(IpKind kind) {
        return switch (kind) {
            case INVENTION -> 1;
            case UTILITY_MODEL -> 2;
            default -> 3;
        };
    }
}
