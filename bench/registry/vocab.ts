/**
 * Vocabularies for realistic Chinese rights: technical domains (with their IPC subclasses), company
 * name parts (字号, industries, company forms), personal names, trademark words, GI products.
 * All invented for the benchmark; any resemblance to a real right or company is by chance.
 */

/** Words written as one string, split on spaces: keeps the lists readable and short. */
const words = (text: string): string[] => text.split(' ');

export interface Domain {
  ipc: string[];
  /** "基于…的": techniques. */
  techs: string[];
  /** Things claimed: methods, devices, materials. */
  objects: string[];
  /** What the method does. */
  actions: string[];
  /** Where it is used. */
  uses: string[];
}

export const DOMAINS: Domain[] = [
  {
    ipc: ['G06F 16/27', 'G06F 18/24', 'G06N 3/08', 'G06N 3/045', 'G06F 9/50', 'G06Q 10/06', 'G06Q 50/26'],
    techs: words('深度学习 神经网络 知识图谱 联邦学习 区块链 大语言模型 注意力机制 强化学习 边缘计算 云计算'),
    objects: words('数据 文本 任务 资源 模型 日志 订单 用户画像 推荐结果 数据库'),
    actions: words('处理 分类 调度 检索 推荐 存储 压缩 同步 分析 训练'),
    uses: words('金融风控 智慧政务 电子商务 知识产权检索 医疗问诊 在线教育'),
  },
  {
    ipc: ['G06T 7/00', 'G06V 10/82', 'G06V 40/16', 'H04N 19/105', 'G06T 5/00'],
    techs: words('卷积神经网络 图像识别 三维重建 多模态融合 目标检测 语义分割 视觉定位'),
    objects: words('图像 视频 人脸 点云 遥感影像 医学影像 车牌'),
    actions: words('识别 增强 去噪 分割 检测 配准 编码'),
    uses: words('安防监控 自动驾驶 工业质检 智慧城市 无人机巡检'),
  },
  {
    ipc: ['H04L 67/12', 'H04L 9/32', 'H04W 72/04', 'H04W 4/70', 'H04B 7/06'],
    techs: words('第五代移动通信 物联网 软件定义网络 毫米波 波束成形 时间敏感网络 卫星通信'),
    objects: words('信号 信道 数据包 终端 基站 网络切片 通信链路'),
    actions: words('传输 加密 认证 调度 接入 切换 估计'),
    uses: words('车联网 智能家居 工业互联网 应急通信 智能电网'),
  },
  {
    ipc: ['H01M 10/052', 'H01M 4/36', 'H02J 7/00', 'H02J 3/38', 'H01L 31/18'],
    techs: words('固态电解质 锂离子 钠离子 光伏 储能 氢燃料 热管理'),
    objects: words('电池 电极材料 正极材料 隔膜 逆变器 充电桩 光伏组件'),
    actions: words('制备 充电 均衡 回收 监测 散热 控制'),
    uses: words('新能源汽车 储能电站 电动自行车 分布式光伏 微电网'),
  },
  {
    ipc: ['G01S 13/88', 'G01N 21/65', 'G01N 33/48', 'G01B 11/24', 'G01R 31/36'],
    techs: words('毫米波雷达 激光雷达 拉曼光谱 超声波 光纤传感 红外热成像 机器视觉'),
    objects: words('传感器 检测装置 探测器 测量仪 定位系统 气体浓度 缺陷'),
    actions: words('检测 测量 定位 标定 识别 监测'),
    uses: words('室内人员定位 环境监测 桥梁健康监测 食品安全检测 管道巡检'),
  },
  {
    ipc: ['A61K 36/00', 'A61K 31/00', 'A61P 35/00', 'C12N 15/11', 'A61B 5/00'],
    techs: words('基因编辑 纳米载体 中药提取 单克隆抗体 微流控 可穿戴'),
    objects: words('药物组合物 中药制剂 抗体 试剂盒 医疗器械 注射液 生物标志物'),
    actions: words('制备 检测 递送 纯化 筛选 治疗'),
    uses: words('肿瘤治疗 心血管疾病 糖尿病 慢病管理 康复训练'),
  },
  {
    ipc: ['C08L 23/06', 'C04B 28/04', 'C22C 38/02', 'B32B 27/08', 'C09D 175/04'],
    techs: words('石墨烯 碳纤维 纳米复合 生物基 高熵合金 气凝胶 自修复'),
    objects: words('复合材料 涂料 薄膜 合金 混凝土 阻燃材料 封装结构'),
    actions: words('制备 改性 成型 固化 焊接 喷涂'),
    uses: words('建筑节能 航空航天 柔性显示 海洋工程 轨道交通'),
  },
  {
    ipc: ['B25J 9/16', 'B23K 26/38', 'F16H 1/28', 'B65G 47/90', 'B60L 53/80', 'B62D 65/02'],
    techs: words('视觉伺服 数字孪生 柔性制造 自适应控制 协作机器人 激光加工'),
    objects: words('机械臂 夹具 传动装置 输送线 减速器 机器人 生产线'),
    actions: words('控制 装配 搬运 切割 焊接 校准'),
    uses: words('汽车制造 物流仓储 半导体封装 农业采摘 港口装卸'),
  },
  {
    ipc: ['A01G 9/14', 'A23L 2/38', 'A23F 3/06', 'A01K 61/10', 'C12G 3/02'],
    techs: words('低温发酵 智能灌溉 冷链保鲜 生态养殖 微生物'),
    objects: words('茶叶 饮料 种植装置 饲料 果酒 食用菌 大米'),
    actions: words('加工 种植 保鲜 发酵 烘干 检测'),
    uses: words('设施农业 乡村振兴 休闲食品 水产养殖'),
  },
];

/** Patent title templates: {t} tech, {o} object, {a} action, {u} use. */
export const INVENTION_TITLES = words(
  '一种基于{t}的{o}{a}方法及系统 一种基于{t}的{o}{a}方法、装置、设备及存储介质 一种{u}用{o}及其制备方法 {o}{a}方法、装置、电子设备和计算机可读存储介质 一种面向{u}的{o}{a}方法 基于{t}和{t2}的{o}{a}方法 一种{t}{o}的{a}方法及其应用',
);
export const UTILITY_TITLES = words('一种{u}用{o} 一种便于{a}的{o} 一种{t}{o} 一种具有{a}功能的{o}装置');
export const DESIGN_PRODUCTS = words(
  '智能手表 无线耳机 充电宝 包装盒 茶具 台灯 电动牙刷 扫地机器人 儿童座椅 电饭煲 手机壳 空气净化器 水杯 电动车 座椅 音箱 门锁 路灯',
);
export const DESIGN_VARIANTS = words('X1 Pro 2代 mini 经典款 青春版 S Max 茶叶 礼品');
export const LOCARNO = words('10-02 14-03 09-03 07-01 26-05 12-11 06-01 13-02 23-04 08-07');

/** Chip functions for IC layout designs. */
export const CHIP_FUNCTIONS = words(
  '毫米波雷达SoC 电源管理芯片 蓝牙低功耗芯片 图像传感器 MCU微控制器 射频前端芯片 电机驱动芯片 锂电池保护芯片 LED驱动芯片 模数转换器 存储控制器 触控芯片',
);

/** Parts of 字号 (trade names): two of them make a name such as 星河智联. */
export const TRADE_NAME_PARTS = words(
  '星河 智联 华创 宏达 天成 瑞丰 鼎盛 恒信 汇智 鹏城 钱塘 新锐 博远 九州 中科 东方 金石 远航 腾飞 安泰 嘉禾 卓越 海纳 天宇 盛世 昊天 永兴 祥云 立信 精工 英特 迈瑞 华信 国泰 长城 云帆 睿思 蓝海 优创 凯达 正泰 同方 光启 科大 中天 万向 紫光 锦江 明阳 旭日 银河 启明 青松 易达 弘毅 联创 百川 泰和 德胜 佳讯 普惠 信达 和信 鸿运 润泽',
);
export const INDUSTRIES = words(
  '科技 电子 新材料 生物医药 机械 信息技术 智能装备 化工 食品 纺织 新能源 通信技术 医疗器械 软件 光电 半导体 汽车零部件 环保科技 农业科技 网络科技',
);
export const COMPANY_FORMS = words('有限公司 有限公司 有限公司 股份有限公司 有限责任公司 集团有限公司');
export const INSTITUTE_FORMS = words('大学 理工大学 科技大学 工业研究院 农业科学院');

export const SURNAMES = words(
  '王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田',
);
export const GIVEN_CHARS = words(
  '伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 华 建 国 志 文 斌 晓 鹏 浩 宇 欣 佳',
);

/** Trademark words: marks are made of one or two of these, sometimes with a Latin form. */
export const MARK_WORDS = words(
  '星辰 云朵 山河 青禾 悦享 优品 匠心 初心 森林 晨光 蓝鲸 火凤 金豆 小熊 麦田 茶语 味道 本草 极光 飞鱼 木棉 锦绣 清风 明月 花间 鹿鸣',
);
export const MARK_LATIN = words('XINGHE YUNDUO SHANHE JOY PRIME NOVA LUMI ORBIT ZEN PANDA');
/** Nice classes weighted as filings are: 9, 35, 42, 25, 30, 29, 3, 5, 41, 43 are the most common. */
export const NICE_WEIGHTED = words(
  '09 09 09 35 35 35 42 42 25 25 30 30 29 03 05 41 43 11 07 16 18 20 21 28 31 32 33 01 06 12 14 19 36 37 39 44',
);
export const GOODS = words('计算机软件 服装 茶 咖啡 化妆品 药品 广告 教育 餐饮 玩具 饮料 家具');

/** Geographical indications: place short names and products. */
export const GI_PRODUCTS = words('龙井 脐橙 大米 苹果 猕猴桃 红枣 枸杞 普洱茶 香菇 黄酒 花椒 蜜柚');
export const GI_AUTHORITIES = words(
  '国家知识产权局 原国家质量监督检验检疫总局 原国家工商行政管理总局商标局 原农业部',
);

/** Provinces weighted by patent output (GB/T 2260 province prefixes). */
export const PROVINCE_WEIGHTS: [string, number][] = words(
  '44:22 32:16 33:14 37:8 11:8 31:6 34:4 42:4 35:4 51:4 41:3 43:3 61:2 50:2 12:2 13:2 36:1 21:1 45:1 53:1 22:1 14:1 23:1 52:1 15:1 62:1 65:1',
).map((pair) => [pair.slice(0, 2), Number(pair.slice(3))]);
