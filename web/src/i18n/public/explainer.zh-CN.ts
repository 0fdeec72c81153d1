// Source catalog of the policy explainer (T20, W3): the settlement clauses of the 2017 plan in plain words,
// each with an example. Spread into zh-CN.ts; en in explainer.en.ts; zh-TW generated.

export const explainerZhCN = {
  'public.explain.title': '落户政策解读',
  'public.explain.intro':
    '2017年3月，昭通市人民政府印发《关于进一步推进户籍制度改革的工作方案》。下面用大白话逐条说明和落户有关的规定，每条都举一个例子，并附上政策原文。',
  'public.explain.toc': '目录',
  'public.explain.example': '举个例子：',
  'public.explain.original': '政策原文：{clause}',
  'public.explain.loadFailed': '政策原文暂时无法加载，请稍后再试。',
  'public.explain.tryIt': '用“我能落户吗”测一测',

  'public.explain.P2.title': '落户要本人愿意',
  'public.explain.P2.plain':
    '落不落户由您自己决定。任何单位和个人都不能强迫您落户，也不能强迫您不落户。每个公民登记户口的权利都受保护。',
  'public.explain.P2.example': '村里动员大家把户口迁到镇上，老李不想迁，他可以不迁，户口留在村里不受影响。',
  'public.explain.T2.title': '有合法稳定住所就能落户',
  'public.explain.T2.plain':
    '在昭阳中心城区、各县城和其他建制镇有合法稳定住所（自己买的房，或者符合条件的租房），本人和一起生活的直系亲属都可以在当地落户。人口多、承载能力不足的城市可以另定政策，但要经市政府和省公安厅批准。',
  'public.explain.T2.example':
    '小王在昭阳区买了一套商品房，拿到了不动产权证书并住了进去，他和妻子、孩子都可以把户口落到这套房子。',
  'public.explain.T3.title': '彝良县城可以控制落户',
  'public.explain.T3.plain':
    '彝良县城生态脆弱。如果迁入的人比迁出的人多、承载能力不足，彝良县可以另定县城的落户政策，经市政府和省公安厅批准后实行。没有实行之前，按全市政策办理。',
  'public.explain.T3.example':
    '如果彝良县城实行了经批准的本地政策，想在县城落户的人要按该政策的条件向彝良县公安局申请。',
  'public.explain.T4.title': '租房也能落户',
  'public.explain.T4.plain':
    '租的房子要在当地房管部门办理租赁登记备案，您实际住在里面，手续合法，就可以和一起住的直系亲属在这里落户。还要满足三点：房东同意；一个地址只登记一户；分租、合租给几家人或几个人的房子不能落户。',
  'public.explain.T4.example':
    '小张在昭阳区整套租了一套房，和房东签了合同并到房管部门登记备案，房东也同意，他就可以在这套房落户；如果没有备案，先去备案再申请。',
  'public.explain.T5.title': '回农村原籍落户、城乡婚姻落户',
  'public.explain.T5.plain':
    '以前从农村迁到城镇落户的人，回乡务农或创业时，只要本人或父母、配偶、子女在老家有承包地或宅基地，并且实际住在老家，就可以把户口迁回去。城镇户口的人和农村户口的人结婚，可以在夫妻实际居住的地方落户。',
  'public.explain.T5.example':
    '老赵十年前把户口迁到县城，现在回村种地，父母在村里有承包地，他住回了老家，可以把户口迁回村里。',
  'public.explain.T6.title': '投靠直系亲属落户',
  'public.explain.T6.plain':
    '三代以内的直系亲属（配偶、父母、子女、祖父母、外祖父母、孙子女、外孙子女）相互投靠并住在一起，可以在实际居住地落户，不限年龄。除了配偶、父母和未成年子女，其他亲属投靠时，住房的人均面积不能低于当地住房困难家庭的标准。',
  'public.explain.T6.example':
    '奶奶从镇雄的农村到昭阳区投靠孙女，和孙女一家住在一起，孙女家人均住房面积达到当地标准，奶奶就可以落户。',
  'public.explain.T7.title': '大中专（技校）学生落户',
  'public.explain.T7.plain':
    '在昭通市大中专院校（技校）读书的学生，入学时可以自己选择要不要把户口迁到学校。毕业后可以迁到工作单位、自己的合法稳定住所或入学前的户籍地。参加服务基层“四个项目”的毕业生，服务期间可以迁到县区人才服务机构或入学前户籍地，期满后迁到实际居住地。',
  'public.explain.T7.example':
    '小刘考上昭通学院，入学时把户口迁到学校；毕业后在昭阳区一家企业工作，可以把户口迁到单位集体户。',
  'public.explain.T8.title': '现役军人家属落户',
  'public.explain.T8.plain':
    '随军落户按国家政策办理。现役军人的配偶、子女不能或不愿随军的，如果和军人的父母或（外）祖父母住在一起，可以把户口迁到他们的户籍地。军人在城镇买了房，实际住在里面的直系亲属可以在这套房落户。',
  'public.explain.T8.example': '军人小陈的妻子不随军，和公婆住在盐津县城，可以把户口迁到公婆的户籍地。',
  'public.explain.T9.title': '重点群体可以落集体户',
  'public.explain.T9.plain':
    '失地农民、优秀农民工、大中专院校毕业生、退役士兵等自愿进城的人，以及在工业园区、大型工矿企业签了劳动合同、工作满一年的职工，在城镇没有合法稳定住所的，可以在单位集体户、当地人才集体户或租住地的社区集体户落户。',
  'public.explain.T9.example':
    '小杨在水富的工业园区上班一年半，签了劳动合同，没有买房也没有备案的租房，可以把户口落在企业的集体户。',
  'public.explain.T11.title': '居住证',
  'public.explain.T11.plain':
    '离开户籍地到昭通市居住，或在市内跨县（市、区）居住的人，可以在居住地申领居住证。持证人马上享有就业、义务教育、基本医疗等服务，住得越久、社保交得越久，享有的服务越多。符合条件的持证人可以申请在居住地落户。',
  'public.explain.T11.example':
    '小周从四川到昭阳区打工，办了居住证，孩子可以在当地上学；住满规定年限并有合法稳定住所后，可以申请落户。',
  'public.explain.T12.title': '没有户口的人可以登记户口',
  'public.explain.T12.plain':
    '每个中国公民（现役军人除外）都有权利、也有义务登记户口。计划外生育的孩子、自发移民、跨境婚姻等历史原因没有户口的，政府会帮助解决；重复户口、该销没销的户口和登记错误也会纠正。',
  'public.explain.T12.example':
    '一个计划外生育、一直没有上户口的孩子，带上出生医学证明等材料，可以到派出所登记户口。',
  'public.explain.T14.5.title': '落户不用交出农村的地',
  'public.explain.T14.5.plain':
    '现阶段，不能把退出土地承包经营权、宅基地使用权、集体收益分配权作为进城落户的条件。进城落户后，这些权利仍然是您的。',
  'public.explain.T14.5.example':
    '老马一家落户到县城，村里的承包地和宅基地照样归他家，谁要求他先交地再落户，都是不允许的。',
  'public.explain.T20.title': '用大家听得懂的方式讲政策',
  'public.explain.T20.plain':
    '政府要用群众喜闻乐见、容易理解的方式宣传户籍制度改革，讲清每一项政策，回应大家关心的问题。这个网站就是其中一种方式。',
  'public.explain.T20.example':
    '您可以用“我能落户吗”回答几个问题，马上知道能不能落户、为什么、要带什么材料。',
} as const;
