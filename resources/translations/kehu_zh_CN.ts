<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../ui/customerform.ui" line="87"/>
        <source>Basic</source>
        <translation>基础资料</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="96"/>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="103"/>
        <source>e.g. C00042</source>
        <translation>例如 C00042</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="126"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="152"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="162"/>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="188"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="214"/>
        <source>Website:</source>
        <translation>网站：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="225"/>
        <source>Attributes</source>
        <translation>客户属性</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="234"/>
        <source>Employees:</source>
        <translation>员工人数：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="260"/>
        <source>Revenue band:</source>
        <translation>营业额区间：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="270"/>
        <source>Ownership:</source>
        <translation>所有制：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="280"/>
        <source>Industry:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="306"/>
        <source>Reputation:</source>
        <translation>信誉：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="316"/>
        <source>Production capacity:</source>
        <translation>生产能力：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="327"/>
        <source>Business status</source>
        <translation>经营现状</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="336"/>
        <source>Annual sales (CNY):</source>
        <translation>年销售额（元）：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="362"/>
        <source>Position in industry:</source>
        <translation>行业地位：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="372"/>
        <source>Credit status:</source>
        <translation>信用状况：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="382"/>
        <source>Strengths:</source>
        <translation>优势：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="396"/>
        <source>Weaknesses:</source>
        <translation>劣势：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="411"/>
        <source>Cooperation</source>
        <translation>合作现状</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="422"/>
        <source>Customer since:</source>
        <translation>开始合作：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="432"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="465"/>
        <source>Years of cooperation:</source>
        <translation>合作年限：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="472"/>
        <location filename="../../ui/customerform.ui" line="546"/>
        <location filename="../../ui/customerform.ui" line="563"/>
        <location filename="../../ui/customerform.ui" line="580"/>
        <location filename="../../ui/customerform.ui" line="597"/>
        <location filename="../../ui/customerform.ui" line="614"/>
        <location filename="../../ui/customerform.ui" line="631"/>
        <location filename="../../ui/customerform.ui" line="648"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="482"/>
        <source>Main products:</source>
        <translation>主要购买产品：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="492"/>
        <source>Payment terms (days):</source>
        <translation>付款期限（天）：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="520"/>
        <source>Figures (derived, read-only)</source>
        <translation>业绩数据（自动计算，只读）</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="529"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="539"/>
        <source>Orders:</source>
        <translation>订单数：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="556"/>
        <source>Sales:</source>
        <translation>销售额：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="573"/>
        <source>Profit:</source>
        <translation>利润：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="590"/>
        <source>Margin:</source>
        <translation>利润率：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="607"/>
        <source>Receivables:</source>
        <translation>应收账款：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="624"/>
        <source>Collection rate:</source>
        <translation>回款率：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="641"/>
        <source>Service costs:</source>
        <translation>服务费用：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="669"/>
        <source>Relationship &amp;&amp; ownership</source>
        <translation>关系与归属</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="678"/>
        <source>Relationship type:</source>
        <translation>关系类型：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="688"/>
        <source>Category:</source>
        <translation>客户类别：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="698"/>
        <source>Account manager:</source>
        <translation>客户经理：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="708"/>
        <source>Sales center:</source>
        <translation>销售中心：</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="718"/>
        <source>Set by hand (otherwise the center follows the region)</source>
        <translation>手动指定（否则按区域确定销售中心）</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="726"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="760"/>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="767"/>
        <source>Remove contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="784"/>
        <source>Competitors</source>
        <translation>同质竞争者</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="818"/>
        <source>Add competitor</source>
        <translation>添加竞争者</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="825"/>
        <source>Remove competitor</source>
        <translation>删除竞争者</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="842"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="862"/>
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="882"/>
        <source>Service costs</source>
        <translation>服务费用</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="907"/>
        <source>Mark verified</source>
        <translation>标记为已审核</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="914"/>
        <source>Mark reviewed today</source>
        <translation>标记今日已复查</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="921"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="928"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="935"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="949"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>kehu::Abc</name>
    <message>
        <location filename="../../src/domain/abcthresholds.cpp" line="57"/>
        <source>The limits must satisfy 0 &lt; A &lt; B ≤ 100 (percent, up to two decimals).</source>
        <translation>界限必须满足 0 &lt; A &lt; B ≤ 100（百分比，最多两位小数）。</translation>
    </message>
    <message>
        <location filename="../../src/domain/abcclass.cpp" line="55"/>
        <source>A (key accounts)</source>
        <translation>A（大客户）</translation>
    </message>
    <message>
        <location filename="../../src/domain/abcclass.cpp" line="57"/>
        <source>B (major customers)</source>
        <translation>B（主要客户）</translation>
    </message>
    <message>
        <location filename="../../src/domain/abcclass.cpp" line="61"/>
        <source>C (small and trivial customers)</source>
        <translation>C（小客户和琐碎客户）</translation>
    </message>
    <message>
        <location filename="../../src/domain/abcclass.cpp" line="66"/>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../src/domain/abcclass.cpp" line="66"/>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location filename="../../src/domain/abcclass.cpp" line="73"/>
        <source>VIP service, a key-account team, customized offers, senior management contact.</source>
        <translation>VIP 服务、大客户团队、定制方案、高层联络。</translation>
    </message>
    <message>
        <location filename="../../src/domain/abcclass.cpp" line="75"/>
        <source>Keep the current share of wallet; adapt products to raise it.</source>
        <translation>保持现有采购份额；调整产品以提高份额。</translation>
    </message>
    <message>
        <location filename="../../src/domain/abcclass.cpp" line="79"/>
        <source>Nurture those with growth potential toward B; reduce effort on trivial ones.</source>
        <translation>培育有成长潜力的客户升为 B 类；减少在琐碎客户上的投入。</translation>
    </message>
</context>
<context>
    <name>kehu::AbcBreakdownChartView</name>
    <message>
        <location filename="../../src/app/abcbreakdownchartview.cpp" line="37"/>
        <source>%1 per class by %2: the %3 largest of %4</source>
        <translation>按%2分列的各类%1：%4 个中最大的 %3 个</translation>
    </message>
    <message>
        <location filename="../../src/app/abcbreakdownchartview.cpp" line="40"/>
        <source>%1 per class by %2</source>
        <translation>按%2分列的各类%1</translation>
    </message>
    <message>
        <location filename="../../src/app/abcbreakdownchartview.cpp" line="66"/>
        <source>%1 (10 000 yuan)</source>
        <translation>%1（万元）</translation>
    </message>
</context>
<context>
    <name>kehu::AbcBreakdownModel</name>
    <message>
        <location filename="../../src/app/abcbreakdownmodel.cpp" line="114"/>
        <source>Click to show these customers in the customer list</source>
        <translation>单击以在客户列表中显示这些客户</translation>
    </message>
    <message>
        <location filename="../../src/app/abcbreakdownmodel.cpp" line="140"/>
        <source>%1 customers</source>
        <translation>%1 类客户数</translation>
    </message>
    <message>
        <location filename="../../src/app/abcbreakdownmodel.cpp" line="144"/>
        <source>%1 %2</source>
        <translation>%1 类%2</translation>
    </message>
</context>
<context>
    <name>kehu::AbcBreakdownPanel</name>
    <message>
        <location filename="../../src/app/abcbreakdownpanel.cpp" line="29"/>
        <source>&amp;Breakdown by</source>
        <translation>细分维度(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/app/abcbreakdownpanel.cpp" line="33"/>
        <source>(click a cell or a bar to list its customers)</source>
        <translation>（单击单元格或柱条可列出其客户）</translation>
    </message>
</context>
<context>
    <name>kehu::AbcShareChartView</name>
    <message>
        <location filename="../../src/app/abcsharechartview.cpp" line="63"/>
        <source>of the profit</source>
        <translation>的利润</translation>
    </message>
    <message>
        <location filename="../../src/app/abcsharechartview.cpp" line="63"/>
        <source>of the sales</source>
        <translation>的销售额</translation>
    </message>
    <message>
        <location filename="../../src/app/abcsharechartview.cpp" line="64"/>
        <source>of the customers</source>
        <translation>的客户</translation>
    </message>
    <message>
        <location filename="../../src/app/abcsharechartview.cpp" line="65"/>
        <source>%1: %2 %3</source>
        <translation>%1：占全部%3的 %2</translation>
    </message>
</context>
<context>
    <name>kehu::AbcStrategyDialog</name>
    <message>
        <location filename="../../src/app/abcstrategydialog.cpp" line="24"/>
        <source>Class strategies</source>
        <translation>各类客户策略</translation>
    </message>
    <message>
        <location filename="../../src/app/abcstrategydialog.cpp" line="26"/>
        <source>What each class of customer gets, shown on every customer&apos;s page. Leave a text empty to go back to the standard strategy.</source>
        <translation>每类客户享有的服务，显示在每个客户的页面上。文本留空则恢复为标准策略。</translation>
    </message>
    <message>
        <location filename="../../src/app/abcstrategydialog.cpp" line="36"/>
        <source>Class of a customer &amp;by:</source>
        <translation>客户分类依据(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../src/app/abcstrategydialog.cpp" line="53"/>
        <source>The strategies could not be read: %1</source>
        <translation>无法读取策略：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/abcstrategydialog.cpp" line="77"/>
        <source>The strategies could not be saved: %1</source>
        <translation>无法保存策略：%1</translation>
    </message>
</context>
<context>
    <name>kehu::CauseParetoChart</name>
    <message numerus="yes">
        <location filename="../../src/app/causeparetochart.cpp" line="29"/>
        <source>Root causes of %n complaint(s)</source>
        <translation>
            <numerusform>%n 个投诉的根本原因</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/causeparetochart.cpp" line="31"/>
        <location filename="../../src/app/causeparetochart.cpp" line="70"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../src/app/causeparetochart.cpp" line="34"/>
        <location filename="../../src/app/causeparetochart.cpp" line="79"/>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/causeparetochart.cpp" line="45"/>
        <source>%n other cause(s)</source>
        <translation>
            <numerusform>其他 %n 个原因</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/causeparetochart.cpp" line="85"/>
        <source>80 %</source>
        <translation>80 %</translation>
    </message>
</context>
<context>
    <name>kehu::CompetitorsModel</name>
    <message>
        <location filename="../../src/app/competitorsmodel.cpp" line="75"/>
        <source>Competitor</source>
        <translation>竞争者</translation>
    </message>
    <message>
        <location filename="../../src/app/competitorsmodel.cpp" line="75"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>kehu::ComplaintAnalysisView</name>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="59"/>
        <source>Received from</source>
        <translation>受理日期从</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="61"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="64"/>
        <source>Count by</source>
        <translation>统计维度</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="73"/>
        <source>Value</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="73"/>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="73"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="73"/>
        <source>Cumulative</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="74"/>
        <source>Complaints by</source>
        <translation>投诉分布</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="79"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="79"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="79"/>
        <source>Mean (h)</source>
        <translation>平均（小时）</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="79"/>
        <source>90th percentile (h)</source>
        <translation>90% 分位（小时）</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="80"/>
        <source>Time per step</source>
        <translation>各步骤用时</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="83"/>
        <source>Target</source>
        <translation>服务时限</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="83"/>
        <source>Decided</source>
        <translation>已判定</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="83"/>
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="83"/>
        <source>Overdue rate</source>
        <translation>超时率</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="84"/>
        <source>Service targets</source>
        <translation>服务时限</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="90"/>
        <source>Number</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="90"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="90"/>
        <source>Review due</source>
        <translation>验证日期</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="90"/>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="91"/>
        <source>Corrective actions due for review</source>
        <translation>待效果验证的纠正措施</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="129"/>
        <source>%1 complaints received, %2 open, %3 escalated. Reopened after the customer&apos;s verdict: %4 of %5 (%6).</source>
        <translation>共受理投诉 %1 个，未关闭 %2 个，已升级 %3 个。客户确认后退回重办：%5 个中 %4 个（%6）。</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="145"/>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
</context>
<context>
    <name>kehu::ComplaintFormat</name>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="8"/>
        <location filename="../../src/app/complaintformat.cpp" line="21"/>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="9"/>
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="10"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="11"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="12"/>
        <source>Awaiting verdict</source>
        <translation>待客户确认</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="13"/>
        <location filename="../../src/app/complaintformat.cpp" line="79"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="22"/>
        <source>Assign</source>
        <translation>分派</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="23"/>
        <source>Start</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="24"/>
        <location filename="../../src/app/complaintformat.cpp" line="66"/>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="25"/>
        <source>Report to customer</source>
        <translation>回复客户</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="26"/>
        <source>Customer accepts</source>
        <translation>客户满意</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="27"/>
        <source>Customer rejects</source>
        <translation>客户不满意</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="28"/>
        <source>Review action</source>
        <translation>效果验证</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="36"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="37"/>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="38"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="39"/>
        <source>Online</source>
        <translation>网上</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="47"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="48"/>
        <source>Delivery</source>
        <translation>交货</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="49"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="50"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="51"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="58"/>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="58"/>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="64"/>
        <source>Respond</source>
        <translation>响应</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="65"/>
        <location filename="../../src/app/complaintformat.cpp" line="111"/>
        <source>On site</source>
        <translation>到达现场</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="74"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="75"/>
        <source>My department&apos;s</source>
        <translation>本部门</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="76"/>
        <source>All open</source>
        <translation>全部未关闭</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="77"/>
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="78"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="87"/>
        <location filename="../../src/app/complaintformat.cpp" line="104"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="88"/>
        <location filename="../../src/app/complaintformat.cpp" line="112"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="89"/>
        <location filename="../../src/app/complaintformat.cpp" line="108"/>
        <source>Product model</source>
        <translation>产品型号</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="90"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="91"/>
        <location filename="../../src/app/complaintformat.cpp" line="109"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="103"/>
        <source>Channel</source>
        <translation>受理方式</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="105"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="106"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="107"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="110"/>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="113"/>
        <source>Handling</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="114"/>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="115"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="116"/>
        <source>Effective</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="117"/>
        <source>Review due</source>
        <translation>验证日期</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="130"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="132"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="133"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="139"/>
        <source>met late</source>
        <translation>超时完成</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="139"/>
        <source>met</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="141"/>
        <source>overdue %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="142"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
</context>
<context>
    <name>kehu::ComplaintListModel</name>
    <message>
        <location filename="../../src/app/complaintlistmodel.cpp" line="83"/>
        <source>Number</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintlistmodel.cpp" line="84"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintlistmodel.cpp" line="85"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintlistmodel.cpp" line="86"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintlistmodel.cpp" line="87"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintlistmodel.cpp" line="88"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintlistmodel.cpp" line="89"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintlistmodel.cpp" line="90"/>
        <source>Current target</source>
        <translation>当前时限</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintlistmodel.cpp" line="91"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
</context>
<context>
    <name>kehu::ComplaintPage</name>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="90"/>
        <source>Timeline</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="92"/>
        <location filename="../../src/app/complaintpage.cpp" line="107"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="92"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="92"/>
        <location filename="../../src/app/complaintpage.cpp" line="107"/>
        <location filename="../../src/app/complaintpage.cpp" line="130"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="92"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="105"/>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="107"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="115"/>
        <source>Add a comment and press Enter</source>
        <translation>输入评论后按 Enter</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="117"/>
        <source>Add &amp;Comment</source>
        <translation>添加评论(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="128"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="130"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="130"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="130"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="136"/>
        <source>Add &amp;File…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="137"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="143"/>
        <source>Attach a File</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="169"/>
        <source>Loading the complaint</source>
        <translation>读取投诉</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="184"/>
        <source>Escalated to the emergency team</source>
        <translation>已升级至应急小组</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/complaintpage.cpp" line="186"/>
        <source>reopened %n time(s)</source>
        <translation>
            <numerusform>退回重办 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="193"/>
        <source>Current target: &lt;b&gt;%1&lt;/b&gt; due %2 — &lt;span style=&quot;color:%3&quot;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt;</source>
        <translation>当前时限：&lt;b&gt;%1&lt;/b&gt;，截止 %2 — &lt;span style=&quot;color:%3&quot;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="197"/>
        <source>Closed %1; corrective action to be reviewed from %2.</source>
        <translation>已于 %1 关闭；纠正措施自 %2 起进行效果验证。</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="199"/>
        <source>Closed %1.</source>
        <translation>已于 %1 关闭。</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="201"/>
        <source>Waiting for the customer.</source>
        <translation>等待客户确认。</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="211"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="212"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="213"/>
        <source>Product model</source>
        <translation>产品型号</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="214"/>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="214"/>
        <source>%1 by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="215"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="216"/>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="217"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="218"/>
        <source>Handling</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="219"/>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="233"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="233"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="269"/>
        <source>Loading comments and attachments</source>
        <translation>读取评论和附件</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="292"/>
        <source>Taking the step</source>
        <translation>执行步骤</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="308"/>
        <source>Adding the comment</source>
        <translation>添加评论</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="320"/>
        <location filename="../../src/app/complaintpage.cpp" line="325"/>
        <location filename="../../src/app/complaintpage.cpp" line="334"/>
        <source>Attaching the file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="320"/>
        <source>%1 is %2; an attachment may be at most 20 MB.</source>
        <translation>%1 大小为 %2；附件最大为 20 MB。</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="325"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="357"/>
        <location filename="../../src/app/complaintpage.cpp" line="362"/>
        <source>Opening the attachment</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="357"/>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="369"/>
        <source>%1 failed: %2
Nothing was changed.</source>
        <translation>%1失败：%2
未做任何更改。</translation>
    </message>
</context>
<context>
    <name>kehu::ComplaintRepository</name>
    <message>
        <location filename="../../src/storage/complaintrepository.cpp" line="133"/>
        <source>There is no customer with the code %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintrepository.cpp" line="135"/>
        <source>The customer %1 is archived.</source>
        <translation>客户 %1 已归档。</translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintrepository.cpp" line="145"/>
        <source>The customer %1 has no order %2.</source>
        <translation>客户 %1 没有订单 %2。</translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintrepository.cpp" line="207"/>
        <source>There is no department %1 in the list.</source>
        <translation>部门列表中没有 %1。</translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintrepository.cpp" line="232"/>
        <source>%1 was changed by someone else; nothing was written.</source>
        <translation>%1 已被他人修改；未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintrepository.cpp" line="242"/>
        <source>There is no complaint %1.</source>
        <translation>没有投诉 %1。</translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintrepository.cpp" line="250"/>
        <location filename="../../src/storage/complaintrepository.cpp" line="324"/>
        <source>The complaint no longer exists.</source>
        <translation>该投诉已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintrepository.cpp" line="330"/>
        <source>A comment needs some text.</source>
        <translation>评论不能为空。</translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintrepository.cpp" line="360"/>
        <source>%1 is %2 MB; an attachment may be at most 20 MB.</source>
        <translation>%1 大小为 %2 MB；附件最大为 20 MB。</translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintrepository.cpp" line="365"/>
        <source>An attachment needs a file name.</source>
        <translation>附件需要文件名。</translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintrepository.cpp" line="404"/>
        <source>The attachment no longer exists.</source>
        <translation>该附件已不存在。</translation>
    </message>
</context>
<context>
    <name>kehu::ComplaintSettings</name>
    <message>
        <location filename="../../src/storage/complaintsettings.cpp" line="75"/>
        <source>A service target is 1 minute to 365 days.</source>
        <translation>服务时限为 1 分钟至 365 天。</translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintsettings.cpp" line="79"/>
        <source>The review delay is 1 to 3650 days.</source>
        <translation>效果验证间隔为 1 至 3650 天。</translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintsettings.cpp" line="130"/>
        <source>A department needs a name.</source>
        <translation>部门需要名称。</translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintsettings.cpp" line="132"/>
        <source>The department %1 is listed twice.</source>
        <translation>部门 %1 重复列出。</translation>
    </message>
</context>
<context>
    <name>kehu::ComplaintSettingsDialog</name>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="38"/>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="144"/>
        <source>Complaint Settings</source>
        <translation>投诉设置</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="43"/>
        <source>Service targets (hours from receipt, calendar time)</source>
        <translation>服务时限（自受理起的小时数，按日历时间）</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="57"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="70"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="72"/>
        <source>Review corrective actions after:</source>
        <translation>纠正措施效果验证间隔：</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="75"/>
        <source>One name per line</source>
        <translation>每行一个姓名</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="77"/>
        <source>Emergency team:</source>
        <translation>应急小组：</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="80"/>
        <source>Responsible departments</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="85"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="85"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="95"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="96"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="144"/>
        <source>The settings were not saved: %1</source>
        <translation>设置未保存：%1</translation>
    </message>
</context>
<context>
    <name>kehu::ComplaintStepDialog</name>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="42"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="51"/>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="56"/>
        <source>&amp;By:</source>
        <translation>经办人(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="67"/>
        <source>Responsible &amp;department:</source>
        <translation>责任部门(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="75"/>
        <source>&amp;Handler:</source>
        <translation>处理人(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="78"/>
        <source>On site at</source>
        <translation>到达现场时间</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="85"/>
        <source>Visit:</source>
        <translation>上门：</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="89"/>
        <source>Root &amp;cause:</source>
        <translation>根本原因(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="90"/>
        <source>&amp;Handling done:</source>
        <translation>处理情况(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="91"/>
        <source>Corrective &amp;action:</source>
        <translation>纠正措施(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="92"/>
        <source>Corrective &amp;action (optional):</source>
        <translation>纠正措施（可选）(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="96"/>
        <source>How the customer was &amp;told:</source>
        <translation>回复客户方式(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="99"/>
        <location filename="../../src/app/complaintstepdialog.cpp" line="111"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="102"/>
        <source>Why the customer is &amp;not satisfied:</source>
        <translation>客户不满意的原因(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="107"/>
        <source>Effective</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="108"/>
        <source>Not effective: new corrective action</source>
        <translation>无效：制定新的纠正措施</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="109"/>
        <source>The action was:</source>
        <translation>措施效果：</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="112"/>
        <source>New corrective &amp;action:</source>
        <translation>新的纠正措施(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="204"/>
        <source>Who took this step?</source>
        <translation>由谁执行此步骤？</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="209"/>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="215"/>
        <source>Required when the action was not effective.</source>
        <translation>措施无效时必填。</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="220"/>
        <source>Not before the previous step (%1).</source>
        <translation>不能早于上一步骤（%1）。</translation>
    </message>
</context>
<context>
    <name>kehu::ComplaintWorkflow</name>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="66"/>
        <source>The complaint is %1: &apos;%2&apos; is not allowed; allowed: %3.</source>
        <translation>投诉当前为%1：不允许“%2”；允许的步骤：%3。</translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="74"/>
        <source>The complaint %1 exists already.</source>
        <translation>投诉 %1 已存在。</translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="79"/>
        <source>The step needs a time.</source>
        <translation>步骤需要时间。</translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="81"/>
        <source>The step is dated %1, before the previous step (%2).</source>
        <translation>步骤时间 %1 早于上一步骤（%2）。</translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="85"/>
        <source>The step needs the name of who took it.</source>
        <translation>步骤需要经办人姓名。</translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="89"/>
        <source>Assigning needs the responsible department.</source>
        <translation>分派需要指定责任部门。</translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="93"/>
        <source>Resolving needs the root cause.</source>
        <translation>解决需要填写根本原因。</translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="95"/>
        <source>Resolving needs what was done.</source>
        <translation>解决需要填写处理情况。</translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="97"/>
        <source>A quality complaint needs a corrective action to be resolved.</source>
        <translation>质量投诉需要填写纠正措施才能解决。</translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="101"/>
        <source>A rejection needs the customer&apos;s reason.</source>
        <translation>客户不满意时需要填写原因。</translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="105"/>
        <source>The complaint %1 has no corrective action waiting for review.</source>
        <translation>投诉 %1 没有待效果验证的纠正措施。</translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="107"/>
        <source>The corrective action of %1 is reviewed from %2 on.</source>
        <translation>投诉 %1 的纠正措施自 %2 起才能进行效果验证。</translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="112"/>
        <source>A review says whether the action was effective: yes or no.</source>
        <translation>效果验证需说明措施是否有效：是或否。</translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="114"/>
        <source>An action that was not effective needs a new corrective action.</source>
        <translation>措施无效时需要新的纠正措施。</translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="183"/>
        <source>The channel is one of phone, visit, email, online.</source>
        <translation>受理方式须为 phone、visit、email、online 之一。</translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="185"/>
        <source>The category is one of quality, delivery, service, price, other.</source>
        <translation>类别须为 quality、delivery、service、price、other 之一。</translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="187"/>
        <source>The severity is normal or major.</source>
        <translation>严重程度须为 normal 或 major。</translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="189"/>
        <source>A complaint needs a description.</source>
        <translation>投诉需要描述。</translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="191"/>
        <source>The complaint needs the time it was received.</source>
        <translation>投诉需要受理时间。</translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="193"/>
        <source>The complaint needs the name of who received it.</source>
        <translation>投诉需要受理人姓名。</translation>
    </message>
</context>
<context>
    <name>kehu::ComplaintsView</name>
    <message>
        <location filename="../../src/app/complaintsview.cpp" line="49"/>
        <source>&amp;New Complaint…</source>
        <translation>新建投诉(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsview.cpp" line="52"/>
        <source>Log a complaint (Ctrl+Shift+N)</source>
        <translation>登记投诉（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsview.cpp" line="53"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsview.cpp" line="55"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsview.cpp" line="97"/>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsview.cpp" line="99"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsview.cpp" line="126"/>
        <location filename="../../src/app/complaintsview.cpp" line="281"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsview.cpp" line="126"/>
        <source>The complaints could not be read: %1</source>
        <translation>无法读取投诉：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsview.cpp" line="196"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsview.cpp" line="306"/>
        <location filename="../../src/app/complaintsview.cpp" line="317"/>
        <source>New Complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsview.cpp" line="317"/>
        <source>The complaint was not recorded: %1</source>
        <translation>投诉未登记：%1</translation>
    </message>
</context>
<context>
    <name>kehu::ContactsModel</name>
    <message>
        <location filename="../../src/app/contactsmodel.cpp" line="95"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/app/contactsmodel.cpp" line="96"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../src/app/contactsmodel.cpp" line="97"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/app/contactsmodel.cpp" line="98"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/app/contactsmodel.cpp" line="99"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../src/app/contactsmodel.cpp" line="100"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
</context>
<context>
    <name>kehu::CsvReader</name>
    <message>
        <location filename="../../src/domain/csvreader.cpp" line="56"/>
        <source>this is not valid UTF-8 text; if the file comes from Excel on Chinese Windows, import it as GB18030</source>
        <translation>这不是有效的 UTF-8 文本；如果文件来自中文 Windows 上的 Excel，请按 GB18030 导入</translation>
    </message>
    <message>
        <location filename="../../src/domain/csvreader.cpp" line="71"/>
        <source>this is not valid GB18030 text; if the file is UTF-8, import it as UTF-8</source>
        <translation>这不是有效的 GB18030 文本；如果文件是 UTF-8，请按 UTF-8 导入</translation>
    </message>
    <message>
        <location filename="../../src/domain/csvreader.cpp" line="91"/>
        <source>the file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../../src/domain/csvreader.cpp" line="93"/>
        <source>the file ends in the middle of a character</source>
        <translation>文件在一个字符中间结束</translation>
    </message>
    <message>
        <location filename="../../src/domain/csvreader.cpp" line="180"/>
        <source>a quoted field starting on this line is never closed</source>
        <translation>从这一行开始的引号字段没有结束</translation>
    </message>
</context>
<context>
    <name>kehu::CurrentUserDialog</name>
    <message>
        <location filename="../../src/app/currentuserdialog.cpp" line="16"/>
        <source>My Name</source>
        <translation>我的姓名</translation>
    </message>
    <message>
        <location filename="../../src/app/currentuserdialog.cpp" line="18"/>
        <source>Steps you take are recorded under this name, and your queues show the work assigned to you and your department.</source>
        <translation>您执行的每一步都以此姓名记录；您的队列显示分配给您和您所在部门的工作。</translation>
    </message>
    <message>
        <location filename="../../src/app/currentuserdialog.cpp" line="29"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/app/currentuserdialog.cpp" line="33"/>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>kehu::CustomerClassPanel</name>
    <message>
        <location filename="../../src/app/customerclasspanel.cpp" line="47"/>
        <source>Edit &amp;strategies…</source>
        <translation>编辑策略(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/app/customerclasspanel.cpp" line="49"/>
        <source>The service strategy for each class, shown on every customer&apos;s page</source>
        <translation>各类客户的服务策略，显示在每个客户的页面上</translation>
    </message>
    <message>
        <location filename="../../src/app/customerclasspanel.cpp" line="97"/>
        <source>Class: computing…</source>
        <translation>类别：正在计算…</translation>
    </message>
    <message>
        <location filename="../../src/app/customerclasspanel.cpp" line="111"/>
        <source>Class: could not be computed (%1)</source>
        <translation>类别：无法计算（%1）</translation>
    </message>
    <message>
        <location filename="../../src/app/customerclasspanel.cpp" line="114"/>
        <source>Class: none (archived customers are not classified)</source>
        <translation>类别：无（已归档客户不参与分类）</translation>
    </message>
    <message>
        <location filename="../../src/app/customerclasspanel.cpp" line="123"/>
        <source>Strategy: %1</source>
        <translation>策略：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/customerclasspanel.cpp" line="125"/>
        <source>Strategy: could not be read (%1)</source>
        <translation>策略：无法读取（%1）</translation>
    </message>
    <message>
        <location filename="../../src/app/customerclasspanel.cpp" line="135"/>
        <source>Class %1 by %2 over the last 12 months: rank %3 of %4</source>
        <translation>近 12 个月按%2分类：%1，在 %4 个客户中排第 %3 名</translation>
    </message>
</context>
<context>
    <name>kehu::CustomerComplaintsWidget</name>
    <message>
        <location filename="../../src/app/customercomplaintswidget.cpp" line="32"/>
        <source>New Complaint…</source>
        <translation>新建投诉…</translation>
    </message>
    <message>
        <location filename="../../src/app/customercomplaintswidget.cpp" line="68"/>
        <source>Complaint rate %1 … %2: %3 complaints, %4 orders — %5 per 100 orders</source>
        <translation>投诉率（%1 … %2）：投诉 %3 个，订单 %4 个 — 每 100 个订单 %5 个</translation>
    </message>
</context>
<context>
    <name>kehu::CustomerListModel</name>
    <message>
        <location filename="../../src/app/customerlistmodel.cpp" line="307"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/customerlistmodel.cpp" line="309"/>
        <source>Not reviewed for %n month(s)</source>
        <translation>
            <numerusform>已 %n 个月未复查</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/customerlistmodel.cpp" line="327"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/app/customerlistmodel.cpp" line="328"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/app/customerlistmodel.cpp" line="329"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/app/customerlistmodel.cpp" line="330"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../src/app/customerlistmodel.cpp" line="331"/>
        <source>Sales center</source>
        <translation>销售中心</translation>
    </message>
    <message>
        <location filename="../../src/app/customerlistmodel.cpp" line="332"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../src/app/customerlistmodel.cpp" line="333"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/app/customerlistmodel.cpp" line="334"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/app/customerlistmodel.cpp" line="335"/>
        <source>Sales (12 months)</source>
        <translation>销售额（12 个月）</translation>
    </message>
    <message>
        <location filename="../../src/app/customerlistmodel.cpp" line="336"/>
        <source>Profit (12 months)</source>
        <translation>利润（12 个月）</translation>
    </message>
</context>
<context>
    <name>kehu::CustomerPage</name>
    <message>
        <location filename="../../src/app/abcbreakdownmodel.cpp" line="29"/>
        <location filename="../../src/app/customerpage.cpp" line="38"/>
        <source>— not set —</source>
        <translation>— 未设置 —</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="88"/>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="99"/>
        <location filename="../../src/app/customerpage.cpp" line="101"/>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="99"/>
        <location filename="../../src/app/customerpage.cpp" line="101"/>
        <location filename="../../src/app/customerpage.cpp" line="102"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="99"/>
        <source>Product model</source>
        <translation>产品型号</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="99"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="99"/>
        <location filename="../../src/app/customerpage.cpp" line="101"/>
        <location filename="../../src/app/customerpage.cpp" line="102"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="100"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="100"/>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="100"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="100"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="100"/>
        <source>Outstanding</source>
        <translation>未付</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="102"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="102"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="118"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="119"/>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="120"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="121"/>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="122"/>
        <source>All time</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="194"/>
        <source>Figures: the orders could not be read (%1)</source>
        <translation>业绩数据：无法读取订单（%1）</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="250"/>
        <location filename="../../src/app/customerpage.cpp" line="455"/>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="252"/>
        <source>Verified by %1 on %2</source>
        <translation>由 %1 于 %2 审核</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="255"/>
        <source>Draft: not yet verified by the customer service center</source>
        <translation>草稿：尚未经客户服务中心审核</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="260"/>
        <source>Stale: last reviewed %1</source>
        <translation>需复查：上次复查于 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="262"/>
        <source>Archived on %1</source>
        <translation>归档于 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="297"/>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="324"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="362"/>
        <source>Type an amount such as 1234.56.</source>
        <translation>请输入金额，例如 1234.56。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/customerpage.cpp" line="430"/>
        <source>Not saved: fix the %n problem(s) marked in red.</source>
        <translation>
            <numerusform>未保存：请修改红色标出的 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="468"/>
        <source>%1 failed: %2
Nothing was changed in the database.</source>
        <translation>%1失败：%2
数据库未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="485"/>
        <source>Checking for duplicates</source>
        <translation>检查重复客户</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="492"/>
        <source>Saving the customer</source>
        <translation>保存客户</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="496"/>
        <location filename="../../src/app/customerpage.cpp" line="521"/>
        <source>Loading the customer</source>
        <translation>读取客户</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="509"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="510"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="537"/>
        <source>Marking the customer verified</source>
        <translation>标记客户为已审核</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="547"/>
        <source>Marking the customer reviewed</source>
        <translation>标记客户已复查</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="555"/>
        <source>Archiving the customer</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="563"/>
        <source>Restoring the customer</source>
        <translation>恢复客户</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="572"/>
        <source>Delete customer</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="573"/>
        <source>Delete the draft %1 %2 for good? This cannot be undone.</source>
        <translation>永久删除草稿 %1 %2？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="578"/>
        <source>Deleting the customer</source>
        <translation>删除客户</translation>
    </message>
</context>
<context>
    <name>kehu::CustomerRepository</name>
    <message>
        <location filename="../../src/storage/customerrepository.cpp" line="68"/>
        <source>Customer %1 was not saved: %2</source>
        <translation>客户 %1 未保存：%2</translation>
    </message>
    <message>
        <location filename="../../src/storage/customerrepository.cpp" line="112"/>
        <location filename="../../src/storage/customerrepository.cpp" line="141"/>
        <source>The code %1 is already taken by another customer.</source>
        <translation>编码 %1 已被其他客户使用。</translation>
    </message>
    <message>
        <location filename="../../src/storage/customerrepository.cpp" line="212"/>
        <location filename="../../src/storage/customerrepository.cpp" line="297"/>
        <location filename="../../src/storage/customerrepository.cpp" line="365"/>
        <source>There is no customer with id %1.</source>
        <translation>不存在 id 为 %1 的客户。</translation>
    </message>
    <message>
        <location filename="../../src/storage/customerrepository.cpp" line="303"/>
        <source>A verification must name who verified the file.</source>
        <translation>审核必须注明审核人。</translation>
    </message>
    <message>
        <location filename="../../src/storage/customerrepository.cpp" line="369"/>
        <source>Customer %1 is verified and cannot be deleted; archive it instead.</source>
        <translation>客户 %1 已审核，不能删除；请改为归档。</translation>
    </message>
    <message>
        <location filename="../../src/storage/customerrepository.cpp" line="372"/>
        <source>Customer %1 has orders or service costs and cannot be deleted; archive it instead.</source>
        <translation>客户 %1 有订单或服务费用，不能删除；请改为归档。</translation>
    </message>
</context>
<context>
    <name>kehu::CustomerSurveyBox</name>
    <message>
        <location filename="../../src/app/customersurveybox.cpp" line="15"/>
        <source>Satisfaction (latest survey)</source>
        <translation>满意度（最近一次调查）</translation>
    </message>
    <message>
        <location filename="../../src/app/customersurveybox.cpp" line="24"/>
        <source>Satisfaction (0–100):</source>
        <translation>综合满意度（0–100）：</translation>
    </message>
    <message>
        <location filename="../../src/app/customersurveybox.cpp" line="25"/>
        <source>Loyalty (0–100):</source>
        <translation>忠诚度（0–100）：</translation>
    </message>
    <message>
        <location filename="../../src/app/customersurveybox.cpp" line="26"/>
        <source>From:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../../src/app/customersurveybox.cpp" line="38"/>
        <source>%1 (ends %2)</source>
        <translation>%1（截止 %2）</translation>
    </message>
    <message>
        <location filename="../../src/app/customersurveybox.cpp" line="38"/>
        <source>No answered survey yet</source>
        <translation>尚无已回复的调查</translation>
    </message>
</context>
<context>
    <name>kehu::CustomerValidator</name>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="47"/>
        <source>A code is required.</source>
        <translation>必须填写编码。</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="49"/>
        <source>Use 1–32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>编码为 1–32 个字母、数字、“.”、“_”或“-”，并以字母或数字开头。</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="51"/>
        <source>A name is required.</source>
        <translation>必须填写名称。</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="53"/>
        <source>The name is longer than 200 characters.</source>
        <translation>名称超过 200 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="55"/>
        <source>Choose a region.</source>
        <translation>请选择区域。</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="57"/>
        <source>Choose an industry.</source>
        <translation>请选择行业。</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="59"/>
        <source>This does not look like a phone number.</source>
        <translation>这不像是电话号码。</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="61"/>
        <source>The number of employees cannot be negative.</source>
        <translation>员工人数不能为负数。</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="63"/>
        <source>Annual sales cannot be negative.</source>
        <translation>年销售额不能为负数。</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="65"/>
        <source>Payment terms are 0 to 365 days.</source>
        <translation>付款期限为 0 至 365 天。</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="67"/>
        <source>The start of cooperation cannot be in the future.</source>
        <translation>开始合作日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="69"/>
        <source>The review date cannot be in the future.</source>
        <translation>复查日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="71"/>
        <source>A verified file names who verified it.</source>
        <translation>已审核的档案必须注明审核人。</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="77"/>
        <source>Contact %1 has no name.</source>
        <translation>联系人 %1 没有姓名。</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="79"/>
        <source>Contact %1: this does not look like a phone number.</source>
        <translation>联系人 %1：这不像是电话号码。</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="81"/>
        <source>Contact %1: this does not look like an e-mail address.</source>
        <translation>联系人 %1：这不像是电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="85"/>
        <source>Competitor %1 has no name.</source>
        <translation>竞争者 %1 没有名称。</translation>
    </message>
</context>
<context>
    <name>kehu::Database</name>
    <message>
        <location filename="../../src/storage/database.cpp" line="77"/>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>无法为数据库创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="82"/>
        <source>Cannot create the database %1: %2</source>
        <translation>无法创建数据库 %1：%2</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="101"/>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="138"/>
        <source>%1 is a folder, not a Kehu database.</source>
        <translation>%1 是文件夹，不是客户数据库。</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="140"/>
        <source>%1 cannot be read: permission denied.</source>
        <translation>无法读取 %1：权限不足。</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="144"/>
        <source>%1 is not a Kehu database: it is not an SQLite file.</source>
        <translation>%1 不是客户数据库：它不是 SQLite 文件。</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="149"/>
        <location filename="../../src/storage/database.cpp" line="201"/>
        <source>%1 is an SQLite database of another program, not a Kehu file.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是客户数据库文件。</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="151"/>
        <location filename="../../src/storage/database.cpp" line="203"/>
        <source>%1 was written by a newer version of Kehu (schema %2; this version reads up to %3). Update Kehu to open it.</source>
        <translation>%1 由更新版本的客户软件写入（结构版本 %2；本版本最高支持 %3）。请升级后再打开。</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="158"/>
        <source>%1 is read-only. Kehu needs to write to its database; make the file writable or copy it somewhere you can write.</source>
        <translation>%1 是只读的。本软件需要写入数据库；请使文件可写，或将其复制到可写的位置。</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="161"/>
        <source>The folder of %1 is read-only. Kehu needs to create its journal files beside the database.</source>
        <translation>%1 所在的文件夹是只读的。本软件需要在数据库旁创建日志文件。</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="174"/>
        <source>Cannot open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="192"/>
        <source>%1 is locked by another program. Close it there, or wait, and try again.</source>
        <translation>%1 被其他程序锁定。请在该程序中关闭它，或稍后再试。</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="194"/>
        <source>%1 is damaged or is not a Kehu database.</source>
        <translation>%1 已损坏或不是客户数据库。</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="216"/>
        <source>Cannot switch %1 to write-ahead logging.</source>
        <translation>无法将 %1 切换为预写日志模式。</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="249"/>
        <source>integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="253"/>
        <source>foreign key: row %1 of %2 refers to a missing row of %3</source>
        <translation>外键：%2 的第 %1 行引用了 %3 中不存在的行</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="259"/>
        <source>the file is not marked as a Kehu database</source>
        <translation>该文件未标记为客户数据库</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="261"/>
        <source>schema version %1, expected %2</source>
        <translation>结构版本为 %1，应为 %2</translation>
    </message>
</context>
<context>
    <name>kehu::DatabaseSettings</name>
    <message>
        <location filename="../../src/storage/databasesettings.cpp" line="28"/>
        <source>The review period is 1 to 120 months.</source>
        <translation>复查周期为 1 至 120 个月。</translation>
    </message>
</context>
<context>
    <name>kehu::DemoDataGenerator</name>
    <message>
        <location filename="../../src/storage/demodatagenerator.cpp" line="151"/>
        <source>%1 already holds customers; demo data goes into a new, empty database.</source>
        <translation>%1 中已有客户；演示数据只能写入新的空数据库。</translation>
    </message>
    <message>
        <location filename="../../src/storage/demodatagenerator.cpp" line="378"/>
        <source>Demo data refers to missing rows; nothing was written.</source>
        <translation>演示数据引用了不存在的行；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>kehu::DueFollowUpsModel</name>
    <message>
        <location filename="../../src/app/duefollowupsmodel.cpp" line="68"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../src/app/duefollowupsmodel.cpp" line="81"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/app/duefollowupsmodel.cpp" line="82"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/app/duefollowupsmodel.cpp" line="83"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../src/app/duefollowupsmodel.cpp" line="84"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/app/duefollowupsmodel.cpp" line="85"/>
        <source>Last follow-up</source>
        <translation>上次回访</translation>
    </message>
    <message>
        <location filename="../../src/app/duefollowupsmodel.cpp" line="86"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../src/app/duefollowupsmodel.cpp" line="87"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
</context>
<context>
    <name>kehu::DueFollowUpsPanel</name>
    <message>
        <location filename="../../src/app/duefollowupspanel.cpp" line="167"/>
        <source>%1: %2 follow-ups due this week or earlier, %3 of them overdue</source>
        <translation>%1：本周及之前到期的回访 %2 次，其中逾期 %3 次</translation>
    </message>
</context>
<context>
    <name>kehu::DuplicatePrompt</name>
    <message>
        <location filename="../../src/app/duplicateprompt.cpp" line="13"/>
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <location filename="../../src/app/duplicateprompt.cpp" line="15"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../src/app/duplicateprompt.cpp" line="23"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../src/app/duplicateprompt.cpp" line="24"/>
        <source>These customers look like the same company:</source>
        <translation>以下客户看起来是同一家公司：</translation>
    </message>
    <message>
        <location filename="../../src/app/duplicateprompt.cpp" line="27"/>
        <source>Save the new customer anyway?</source>
        <translation>仍然保存新客户吗？</translation>
    </message>
    <message>
        <location filename="../../src/app/duplicateprompt.cpp" line="28"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
</context>
<context>
    <name>kehu::Export</name>
    <message>
        <location filename="../../src/storage/exporter.cpp" line="109"/>
        <location filename="../../src/storage/exporter.cpp" line="117"/>
        <source>%1 cannot be written: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../src/storage/exporter.cpp" line="162"/>
        <source>The export file cannot be written: %1.</source>
        <translation>无法写入导出文件：%1。</translation>
    </message>
</context>
<context>
    <name>kehu::ExportDialog</name>
    <message>
        <location filename="../../src/app/exportdialog.cpp" line="21"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../src/app/exportdialog.cpp" line="28"/>
        <source>&amp;Records:</source>
        <translation>记录类型(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/app/exportdialog.cpp" line="30"/>
        <source>Only the customers in the list (%1 of %2)</source>
        <translation>只导出列表中的客户（%2 个中的 %1 个）</translation>
    </message>
    <message>
        <location filename="../../src/app/exportdialog.cpp" line="40"/>
        <source>GB18030 (Excel on Chinese Windows)</source>
        <translation>GB18030（中文 Windows 上的 Excel）</translation>
    </message>
    <message>
        <location filename="../../src/app/exportdialog.cpp" line="41"/>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../src/app/exportdialog.cpp" line="42"/>
        <source>Start with a byte order mark, so that Excel recognises UTF-8</source>
        <translation>在文件开头写入字节顺序标记（BOM），让 Excel 识别 UTF-8</translation>
    </message>
    <message>
        <location filename="../../src/app/exportdialog.cpp" line="50"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/app/exportdialog.cpp" line="53"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../src/app/exportdialog.cpp" line="56"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../src/app/exportdialog.cpp" line="73"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../src/app/exportdialog.cpp" line="74"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>kehu::FilterBar</name>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="18"/>
        <source>Find by code, name, phone or contact…</source>
        <translation>按编码、名称、电话或联系人查找…</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="22"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="23"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="24"/>
        <source>Sales center</source>
        <translation>销售中心</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="25"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="26"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="27"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="28"/>
        <source>Review</source>
        <translation>复查</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="30"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="35"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="38"/>
        <source>Reviewed or not</source>
        <translation>全部复查状态</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="39"/>
        <source>Stale only</source>
        <translation>仅需复查的</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="40"/>
        <source>Up to date only</source>
        <translation>仅已及时复查的</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="49"/>
        <source>Clear segment</source>
        <translation>清除分组</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="50"/>
        <source>Show every customer again, not only the segment&apos;s</source>
        <translation>重新显示全部客户，而不只是该分组的客户</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="79"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="107"/>
        <source>Segment: %1</source>
        <translation>分组：%1</translation>
    </message>
</context>
<context>
    <name>kehu::FollowUp</name>
    <message>
        <location filename="../../src/domain/followup.cpp" line="40"/>
        <source>Visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <location filename="../../src/domain/followup.cpp" line="42"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/domain/followup.cpp" line="46"/>
        <source>Online</source>
        <translation>网上</translation>
    </message>
    <message>
        <location filename="../../src/domain/followup.cpp" line="53"/>
        <source>Give the date of the follow-up.</source>
        <translation>请填写回访日期。</translation>
    </message>
    <message>
        <location filename="../../src/domain/followup.cpp" line="55"/>
        <source>Give who followed up.</source>
        <translation>请填写回访人员。</translation>
    </message>
    <message>
        <location filename="../../src/domain/followup.cpp" line="57"/>
        <source>Say what was discussed.</source>
        <translation>请填写回访内容。</translation>
    </message>
    <message>
        <location filename="../../src/domain/followup.cpp" line="60"/>
        <source>The next follow-up (%1) cannot be before this one (%2).</source>
        <translation>下次回访日期（%1）不能早于本次回访（%2）。</translation>
    </message>
</context>
<context>
    <name>kehu::FollowUpCadenceDialog</name>
    <message>
        <location filename="../../src/app/followupcadencedialog.cpp" line="16"/>
        <source>Follow-up Cadence</source>
        <translation>回访周期</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcadencedialog.cpp" line="18"/>
        <source>Days from one follow-up of a customer to the next, by the customer&apos;s ABC class. A next date logged with a follow-up takes precedence.</source>
        <translation>按客户的 ABC 类别设定两次回访之间的天数。回访时记录的下次回访日期优先。</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcadencedialog.cpp" line="24"/>
        <source>&amp;A customers:</source>
        <translation>A 类客户(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcadencedialog.cpp" line="24"/>
        <source>&amp;B customers:</source>
        <translation>B 类客户(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcadencedialog.cpp" line="24"/>
        <source>&amp;C customers:</source>
        <translation>C 类客户(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/app/followupcadencedialog.cpp" line="29"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
</context>
<context>
    <name>kehu::FollowUpDialog</name>
    <message>
        <location filename="../../src/app/followupdialog.cpp" line="34"/>
        <source>Add follow-up: %1</source>
        <translation>添加回访：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/followupdialog.cpp" line="42"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../src/app/followupdialog.cpp" line="49"/>
        <source>C&amp;hannel:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../src/app/followupdialog.cpp" line="58"/>
        <source>&amp;Staff:</source>
        <translation>人员(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../src/app/followupdialog.cpp" line="66"/>
        <source>A contact on file, or any name</source>
        <translation>档案中的联系人，或任意姓名</translation>
    </message>
    <message>
        <location filename="../../src/app/followupdialog.cpp" line="67"/>
        <source>C&amp;ontact:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../src/app/followupdialog.cpp" line="72"/>
        <source>What was discussed</source>
        <translation>沟通了什么</translation>
    </message>
    <message>
        <location filename="../../src/app/followupdialog.cpp" line="78"/>
        <source>Co&amp;ntent:</source>
        <translation>内容(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/app/followupdialog.cpp" line="82"/>
        <source>What came of it</source>
        <translation>有什么结果</translation>
    </message>
    <message>
        <location filename="../../src/app/followupdialog.cpp" line="83"/>
        <source>O&amp;utcome:</source>
        <translation>结果(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../src/app/followupdialog.cpp" line="85"/>
        <source>&amp;Next follow-up on</source>
        <translation>下次回访日期(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/app/followupdialog.cpp" line="99"/>
        <source>Without a date, the cadence of the customer&apos;s class decides.</source>
        <translation>不填日期时，按客户类别的回访周期确定。</translation>
    </message>
</context>
<context>
    <name>kehu::FollowUpLogModel</name>
    <message>
        <location filename="../../src/app/followuplogmodel.cpp" line="56"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/app/followuplogmodel.cpp" line="57"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../src/app/followuplogmodel.cpp" line="58"/>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../src/app/followuplogmodel.cpp" line="59"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../src/app/followuplogmodel.cpp" line="60"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/app/followuplogmodel.cpp" line="61"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/app/followuplogmodel.cpp" line="62"/>
        <source>Next date</source>
        <translation>下次回访日期</translation>
    </message>
</context>
<context>
    <name>kehu::FollowUpPanel</name>
    <message>
        <location filename="../../src/app/followuppanel.cpp" line="40"/>
        <source>&amp;Add follow-up…</source>
        <translation>添加回访(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/app/followuppanel.cpp" line="43"/>
        <source>Latest first. Visits, calls and online meetings with the customer.</source>
        <translation>最新的在前。与客户的上门拜访、电话和网上沟通。</translation>
    </message>
    <message>
        <location filename="../../src/app/followuppanel.cpp" line="107"/>
        <source>Last follow-up: none</source>
        <translation>上次回访：无</translation>
    </message>
    <message>
        <location filename="../../src/app/followuppanel.cpp" line="110"/>
        <source>Last follow-up: %1 (%2, %3)</source>
        <translation>上次回访：%1（%2，%3）</translation>
    </message>
    <message>
        <location filename="../../src/app/followuppanel.cpp" line="114"/>
        <source>archived: none due</source>
        <translation>已归档：无需回访</translation>
    </message>
    <message>
        <location filename="../../src/app/followuppanel.cpp" line="116"/>
        <source>next due: computing…</source>
        <translation>下次到期：正在计算…</translation>
    </message>
    <message>
        <location filename="../../src/app/followuppanel.cpp" line="118"/>
        <source>next due: unknown</source>
        <translation>下次到期：未知</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/followuppanel.cpp" line="120"/>
        <source>next due: %1, overdue by %n day(s)</source>
        <translation>
            <numerusform>下次到期：%1，已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/followuppanel.cpp" line="122"/>
        <source>next due: %1 (class %2)</source>
        <translation>下次到期：%1（%2 类）</translation>
    </message>
    <message>
        <location filename="../../src/app/followuppanel.cpp" line="150"/>
        <source>Add follow-up</source>
        <translation>添加回访</translation>
    </message>
    <message>
        <location filename="../../src/app/followuppanel.cpp" line="151"/>
        <source>The follow-up was not logged: %1
Nothing was changed in the database.</source>
        <translation>回访未记录：%1
数据库未做任何更改。</translation>
    </message>
</context>
<context>
    <name>kehu::FollowUpRepository</name>
    <message>
        <location filename="../../src/storage/followuprepository.cpp" line="48"/>
        <source>There is no customer with id %1.</source>
        <translation>没有 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <location filename="../../src/storage/followuprepository.cpp" line="51"/>
        <source>The customer is archived; restore it before logging a follow-up.</source>
        <translation>该客户已归档；请先恢复再记录回访。</translation>
    </message>
</context>
<context>
    <name>kehu::FollowUpSettings</name>
    <message>
        <location filename="../../src/storage/followupsettings.cpp" line="51"/>
        <source>A follow-up cadence is %1 to %2 days.</source>
        <translation>回访周期须为 %1 至 %2 天。</translation>
    </message>
</context>
<context>
    <name>kehu::FollowUpsView</name>
    <message>
        <location filename="../../src/app/followupsview.cpp" line="39"/>
        <source>All account managers</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <location filename="../../src/app/followupsview.cpp" line="42"/>
        <source>(no account manager)</source>
        <translation>（无客户经理）</translation>
    </message>
    <message>
        <location filename="../../src/app/followupsview.cpp" line="43"/>
        <source>&amp;Account manager:</source>
        <translation>客户经理(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/app/followupsview.cpp" line="45"/>
        <source>&amp;Only overdue</source>
        <translation>仅显示逾期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/app/followupsview.cpp" line="47"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/app/followupsview.cpp" line="95"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../src/app/followupsview.cpp" line="140"/>
        <source>%1 due by %2, %3 of them overdue, as of %4</source>
        <translation>截至 %4：%2 前到期 %1 个，其中逾期 %3 个</translation>
    </message>
</context>
<context>
    <name>kehu::Import</name>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="47"/>
        <location filename="../../src/domain/surveyresponseparser.cpp" line="66"/>
        <source>field %1</source>
        <translation>字段 %1</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="48"/>
        <location filename="../../src/domain/surveyresponseparser.cpp" line="67"/>
        <source>this line has %1 fields but the header has %2; is a value with a comma not in quotes?</source>
        <translation>该行有 %1 个字段，但表头有 %2 个；是否有含逗号的值未加引号？</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="81"/>
        <location filename="../../src/domain/surveyresponseparser.cpp" line="73"/>
        <source>a value is required</source>
        <translation>必须填写一个值</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="96"/>
        <source>a date is required</source>
        <translation>必须填写日期</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="101"/>
        <source>&apos;%1&apos; is not a date (use 2024-03-05, 2024/3/5 or 2024.3.5)</source>
        <translation>“%1”不是日期（请用 2024-03-05、2024/3/5 或 2024.3.5）</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="111"/>
        <source>&apos;%1&apos; is neither a year nor a date (use 2015 or 2015-03-05)</source>
        <translation>“%1”既不是年份也不是日期（请用 2015 或 2015-03-05）</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="121"/>
        <source>&apos;%1&apos; is not a date and time (use 2024-03-05T08:30:00Z or 2024-03-05)</source>
        <translation>“%1”不是日期时间（请用 2024-03-05T08:30:00Z 或 2024-03-05）</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="129"/>
        <source>a number is required</source>
        <translation>必须填写数字</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="134"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="142"/>
        <source>an amount is required</source>
        <translation>必须填写金额</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="147"/>
        <source>&apos;%1&apos; is not an amount (use 1234.56, 1,234.56 or ¥1,234.56)</source>
        <translation>“%1”不是金额（请用 1234.56、1,234.56 或 ¥1,234.56）</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="163"/>
        <source>a value is required (one of: %1)</source>
        <translation>必须填写一个值（可选：%1）</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="172"/>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="268"/>
        <source>&apos;%1&apos; does not look like a phone number</source>
        <translation>“%1”不像是电话号码</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="271"/>
        <source>&apos;%1&apos; does not look like an e-mail address</source>
        <translation>“%1”不像是电子邮件地址</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="287"/>
        <source>the quantity cannot be negative (%1)</source>
        <translation>数量不能为负数（%1）</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="292"/>
        <source>the due date %1 is before the order date %2</source>
        <translation>到期日 %1 早于订单日期 %2</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="307"/>
        <source>a payment must be above zero, not %1</source>
        <translation>回款金额必须大于零，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="322"/>
        <source>a service cost cannot be negative (%1)</source>
        <translation>服务费用不能为负数（%1）</translation>
    </message>
    <message>
        <location filename="../../src/storage/importer.cpp" line="48"/>
        <location filename="../../src/storage/importer.cpp" line="115"/>
        <location filename="../../src/storage/surveyresponseimporter.cpp" line="57"/>
        <location filename="../../src/storage/surveyresponseimporter.cpp" line="72"/>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
    <message>
        <location filename="../../src/storage/importer.cpp" line="50"/>
        <source>%1 is an Excel workbook, not a CSV file; save it from Excel as &quot;CSV UTF-8&quot; and import that.</source>
        <translation>%1 是 Excel 工作簿，不是 CSV 文件；请在 Excel 中另存为“CSV UTF-8”后再导入。</translation>
    </message>
    <message>
        <location filename="../../src/storage/importer.cpp" line="52"/>
        <source>%1 is saved as Unicode (UTF-16) text; save it as &quot;CSV UTF-8&quot; and import that.</source>
        <translation>%1 保存为 Unicode（UTF-16）文本；请另存为“CSV UTF-8”后再导入。</translation>
    </message>
    <message>
        <location filename="../../src/storage/importer.cpp" line="54"/>
        <source>%1 is not a CSV file: it holds binary data.</source>
        <translation>%1 不是 CSV 文件：其中包含二进制数据。</translation>
    </message>
    <message>
        <location filename="../../src/storage/importer.cpp" line="56"/>
        <source>%1 is not a CSV file: its text is neither UTF-8 nor GB18030.</source>
        <translation>%1 不是 CSV 文件：其文本既不是 UTF-8 也不是 GB18030。</translation>
    </message>
    <message>
        <location filename="../../src/storage/importer.cpp" line="89"/>
        <location filename="../../src/storage/surveyresponseimporter.cpp" line="53"/>
        <source>%1 cannot be opened: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../src/storage/importer.cpp" line="114"/>
        <location filename="../../src/storage/surveyresponseimporter.cpp" line="71"/>
        <source>%1 cannot be read: line %2: %3.</source>
        <translation>无法读取 %1：第 %2 行：%3。</translation>
    </message>
    <message>
        <location filename="../../src/storage/importer.cpp" line="131"/>
        <source>%1 does not look like a CSV file of %2: its first line names none of the columns %3.</source>
        <translation>%1 不像是%2的 CSV 文件：第一行没有列出任何列 %3。</translation>
    </message>
    <message>
        <location filename="../../src/storage/importer.cpp" line="135"/>
        <source>%1 lacks the required column(s) %2: the first line must name them.</source>
        <translation>%1 缺少必需的列 %2：第一行必须列出这些列名。</translation>
    </message>
    <message>
        <location filename="../../src/storage/importer.cpp" line="219"/>
        <location filename="../../src/storage/surveyresponseimporter.cpp" line="80"/>
        <source>ignored columns: %1</source>
        <translation>已忽略的列：%1</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="93"/>
        <source>there is no customer with the code %1 in the database; import the customers first</source>
        <translation>数据库中没有编码为 %1 的客户；请先导入客户</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="98"/>
        <source>(import in upsert mode to update it)</source>
        <translation>（以更新模式导入即可更新它）</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="204"/>
        <source> and %1 more</source>
        <translation>，另有 %1 个</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="205"/>
        <source>%1 new account managers added: %2</source>
        <translation>新增了 %1 位客户经理：%2</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="288"/>
        <source>&apos;%1&apos; is not in the list; use one of: %2</source>
        <translation>“%1”不在列表中；请使用以下之一：%2</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="325"/>
        <source>the database refused this customer</source>
        <translation>数据库拒绝了此客户</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="342"/>
        <source>customer %1 is already in the database %2</source>
        <translation>客户 %1 已在数据库中 %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="345"/>
        <source>customer %1 appears twice in the file: also on line %2</source>
        <translation>客户 %1 在文件中出现两次：另见第 %2 行</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="396"/>
        <source>contact %1 of customer %2 appears twice in the file: also on line %3</source>
        <translation>客户 %2 的联系人 %1 在文件中出现两次：另见第 %3 行</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="405"/>
        <source>customer %1 already has a contact named %2 %3</source>
        <translation>客户 %1 已有名为 %2 %3 的联系人</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="417"/>
        <source>the database refused this contact</source>
        <translation>数据库拒绝了此联系人</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="610"/>
        <source>the database refused this order</source>
        <translation>数据库拒绝了此订单</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="621"/>
        <source>order %1 is already in the database %2</source>
        <translation>订单 %1 已在数据库中 %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="624"/>
        <source>order %1 appears twice in the file: also on line %2</source>
        <translation>订单 %1 在文件中出现两次：另见第 %2 行</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="668"/>
        <source>there is no order %1 in the database; import the orders first</source>
        <translation>数据库中没有订单 %1；请先导入订单</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="681"/>
        <source>the database refused this payment</source>
        <translation>数据库拒绝了此回款</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="738"/>
        <source>the database refused this service cost</source>
        <translation>数据库拒绝了此服务费用</translation>
    </message>
    <message>
        <location filename="../../src/domain/surveyresponseparser.cpp" line="55"/>
        <source>the first line must name the column customer_code (客户编码)</source>
        <translation>第一行必须包含列 customer_code（客户编码）</translation>
    </message>
    <message>
        <location filename="../../src/domain/surveyresponseparser.cpp" line="57"/>
        <source>the first line names none of the template&apos;s items %1</source>
        <translation>第一行没有列出问卷模板中的任何项目 %1</translation>
    </message>
    <message>
        <location filename="../../src/domain/surveyresponseparser.cpp" line="90"/>
        <source>&apos;%1&apos; is not a score from %2 to %3</source>
        <translation>“%1”不是 %2 至 %3 之间的分数</translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyresponseimporter.cpp" line="48"/>
        <source>There is no campaign named &apos;%1&apos;.</source>
        <translation>没有名为“%1”的调查活动。</translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyresponseimporter.cpp" line="60"/>
        <source>%1 is not a CSV file of UTF-8 or GB18030 text.</source>
        <translation>%1 不是 UTF-8 或 GB18030 文本的 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyresponseimporter.cpp" line="107"/>
        <source>customer %1 is not targeted by the campaign %2</source>
        <translation>客户 %1 不是调查活动 %2 的调查对象</translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyresponseimporter.cpp" line="108"/>
        <source>there is no customer %1</source>
        <translation>没有客户 %1</translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyresponseimporter.cpp" line="113"/>
        <source>customer %1 already has a row on line %2</source>
        <translation>客户 %1 已在第 %2 行出现</translation>
    </message>
</context>
<context>
    <name>kehu::ImportCheckPage</name>
    <message>
        <location filename="../../src/app/importcheckpage.cpp" line="21"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../src/app/importcheckpage.cpp" line="22"/>
        <source>Every row is checked before anything is written.</source>
        <translation>写入任何数据之前先检查每一行。</translation>
    </message>
    <message>
        <location filename="../../src/app/importcheckpage.cpp" line="47"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location filename="../../src/app/importcheckpage.cpp" line="68"/>
        <source>The database could not be read: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/importcheckpage.cpp" line="72"/>
        <source>%1 error(s) in %2 rows; nothing will be written. Fix the file and import it again.</source>
        <translation>%2 行中有 %1 处错误；不会写入任何数据。请修正文件后重新导入。</translation>
    </message>
    <message>
        <location filename="../../src/app/importcheckpage.cpp" line="78"/>
        <source>… and %1 more</source>
        <translation>… 另有 %1 处</translation>
    </message>
    <message>
        <location filename="../../src/app/importcheckpage.cpp" line="82"/>
        <source>No errors in %1 rows: %2 to add, %3 to update. Click Next to import.</source>
        <translation>%1 行均无错误：将新增 %2 条，更新 %3 条。单击“下一步”开始导入。</translation>
    </message>
</context>
<context>
    <name>kehu::ImportFormatPage</name>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="32"/>
        <source>Format and columns</source>
        <translation>格式与列</translation>
    </message>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="33"/>
        <source>Check how the file is read and which column each field goes to.</source>
        <translation>请确认文件的读取方式以及每个字段对应的列。</translation>
    </message>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="42"/>
        <source>Comma ,</source>
        <translation>逗号 ,</translation>
    </message>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="43"/>
        <source>Semicolon ;</source>
        <translation>分号 ;</translation>
    </message>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="44"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="45"/>
        <source>Vertical bar |</source>
        <translation>竖线 |</translation>
    </message>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="46"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="48"/>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="62"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="62"/>
        <source>Field of the file</source>
        <translation>文件中的字段</translation>
    </message>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="117"/>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="121"/>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="163"/>
        <source>Choose a field for the required column(s): %1</source>
        <translation>请为必填列选择字段：%1</translation>
    </message>
</context>
<context>
    <name>kehu::ImportRunPage</name>
    <message>
        <location filename="../../src/app/importrunpage.cpp" line="20"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../src/app/importrunpage.cpp" line="26"/>
        <source>&amp;Cancel the import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/app/importrunpage.cpp" line="46"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../src/app/importrunpage.cpp" line="63"/>
        <source>The import failed: %1
Nothing was written.</source>
        <translation>导入失败：%1
未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/app/importrunpage.cpp" line="65"/>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/app/importrunpage.cpp" line="67"/>
        <source>The import was refused (%1 error(s)). Nothing was written.</source>
        <translation>导入被拒绝（%1 处错误），未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/app/importrunpage.cpp" line="71"/>
        <source>Imported %1 rows: %2 added, %3 updated.</source>
        <translation>已导入 %1 行：新增 %2 条，更新 %3 条。</translation>
    </message>
</context>
<context>
    <name>kehu::ImportSourcePage</name>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="23"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="24"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="25"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="26"/>
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="27"/>
        <source>Service costs</source>
        <translation>服务费用</translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="36"/>
        <source>What to import</source>
        <translation>导入内容</translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="37"/>
        <source>One kind of record per CSV file, as described in the import format.</source>
        <translation>每个 CSV 文件只包含一种记录，格式见导入格式说明。</translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="45"/>
        <source>&amp;Records:</source>
        <translation>记录类型(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="50"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="53"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="58"/>
        <source>&amp;Add new records only; a key already in the database is an error</source>
        <translation>只新增记录(&amp;A)；数据库中已有的编号视为错误</translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="59"/>
        <source>Add new records and &amp;update those whose key exists</source>
        <translation>新增记录并更新(&amp;U)编号已存在的记录</translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="68"/>
        <source>Mode:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="79"/>
        <source>Import file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="80"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>kehu::ImportWizard</name>
    <message>
        <location filename="../../src/app/importwizard.cpp" line="15"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>kehu::ListsDialog</name>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="30"/>
        <location filename="../../src/app/listsdialog.cpp" line="87"/>
        <location filename="../../src/app/listsdialog.cpp" line="97"/>
        <source>Lists</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="34"/>
        <source>Sales centers</source>
        <translation>销售中心</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="35"/>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="36"/>
        <source>Industries</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="37"/>
        <source>Account managers</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="53"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="53"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="55"/>
        <source>Sales center</source>
        <translation>销售中心</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="69"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="70"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="87"/>
        <source>%1 failed: %2
The list was not changed.</source>
        <translation>%1失败：%2
列表未更改。</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="118"/>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="137"/>
        <source>Changing %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="144"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="144"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="149"/>
        <source>Adding %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="160"/>
        <source>Removing %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>kehu::MainActions</name>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="15"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="16"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="19"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="21"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="23"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="26"/>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="29"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="32"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="37"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="40"/>
        <source>&amp;Close tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="42"/>
        <source>Mark &amp;verified</source>
        <translation>标记为已审核(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="44"/>
        <source>Mark &amp;reviewed today</source>
        <translation>标记今日已复查(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="45"/>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="46"/>
        <source>R&amp;estore</source>
        <translation>恢复(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="47"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="50"/>
        <source>Show &amp;archived</source>
        <translation>显示已归档(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="52"/>
        <source>&amp;Segmentation</source>
        <translation>客户分类(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="55"/>
        <source>C&amp;omplaints</source>
        <translation>投诉(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="58"/>
        <source>Sat&amp;isfaction surveys</source>
        <translation>满意度调查(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="63"/>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="70"/>
        <source>&amp;Review period…</source>
        <translation>复查周期(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="71"/>
        <source>&amp;Lists…</source>
        <translation>列表(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="72"/>
        <source>My &amp;Name…</source>
        <translation>我的姓名(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="73"/>
        <source>&amp;About Kehu</source>
        <translation>关于客户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="75"/>
        <source>S&amp;corecard</source>
        <translation>业绩记分卡(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="78"/>
        <source>&amp;Follow-up cadence…</source>
        <translation>回访周期(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="79"/>
        <source>&amp;Follow-ups due</source>
        <translation>到期回访(&amp;F)</translation>
    </message>
</context>
<context>
    <name>kehu::MainWindow</name>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="91"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="99"/>
        <source>Loading all customers…</source>
        <translation>正在加载全部客户…</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="165"/>
        <source>The full list could not be loaded: %1</source>
        <translation>无法加载完整列表：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="173"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="176"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="185"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="192"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="201"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="202"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="209"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="212"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="255"/>
        <source>Marking the customer verified</source>
        <translation>标记客户为已审核</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="260"/>
        <source>Marking the customer reviewed</source>
        <translation>标记客户已复查</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="264"/>
        <source>Archiving the customer</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="268"/>
        <source>Restoring the customer</source>
        <translation>恢复客户</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="307"/>
        <source>Follow-up cadence</source>
        <translation>回访周期</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="345"/>
        <location filename="../../src/app/mainwindow.cpp" line="375"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="376"/>
        <source>No database is open. What would you like to do?</source>
        <translation>没有打开的数据库。您想做什么？</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="379"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="380"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="381"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="385"/>
        <location filename="../../src/app/mainwindow.cpp" line="928"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="387"/>
        <location filename="../../src/app/mainwindow.cpp" line="915"/>
        <location filename="../../src/app/mainwindow.cpp" line="919"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="402"/>
        <source>Cannot read the lists</source>
        <translation>无法读取列表</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="454"/>
        <source>%1 of %2 customers</source>
        <translation>%1 / %2 个客户</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="462"/>
        <source>No customers yet.
Add one with Customer ▸ New customer (%1), or bring in a file with File ▸ Import… (%2).</source>
        <translation>还没有客户。
可通过“客户 ▸ 新建客户”（%1）添加，或通过“文件 ▸ 导入…”（%2）导入文件。</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="466"/>
        <source>No customer matches the filter.</source>
        <translation>没有符合筛选条件的客户。</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="528"/>
        <source>no database</source>
        <translation>无数据库</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="529"/>
        <source>%1 — Kehu</source>
        <translation>%1 — 客户</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="572"/>
        <source>Cannot open the customer</source>
        <translation>无法打开客户</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="623"/>
        <source>Segmentation</source>
        <translation>客户分类</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="654"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="667"/>
        <source>Surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="688"/>
        <source>Scorecard</source>
        <translation>业绩记分卡</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="710"/>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="747"/>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="747"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="766"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="766"/>
        <source>%1 was not written: %2</source>
        <translation>未写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="769"/>
        <source>Export cancelled; %1 was not written.</source>
        <translation>导出已取消，未写入 %1。</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="770"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="772"/>
        <source>%1 rows exported to %2.</source>
        <translation>已将 %1 行导出到 %2。</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="896"/>
        <source>%1 failed: %2
Nothing was changed in the database.</source>
        <translation>%1失败：%2
数据库未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="920"/>
        <source>%1 already exists. Choose a new file name; existing files are opened with Open….</source>
        <translation>%1 已存在。请选择新的文件名；已有文件请用“打开…”。</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="936"/>
        <location filename="../../src/app/mainwindow.cpp" line="944"/>
        <source>Review period</source>
        <translation>复查周期</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="937"/>
        <source>A customer file not reviewed for this many months is stale:</source>
        <translation>客户档案超过此月数未复查即视为需复查：</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="964"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="964"/>
        <source>The new language takes effect when Kehu is restarted.</source>
        <translation>新的语言将在重新启动本软件后生效。</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="969"/>
        <source>About Kehu</source>
        <translation>关于客户</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="970"/>
        <source>&lt;h3&gt;Kehu %1&lt;/h3&gt;&lt;p&gt;Customer files for B2B manufacturers: one place for every customer, its contacts, orders and payments.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;客户 %1&lt;/h3&gt;&lt;p&gt;面向制造企业的客户档案：每个客户及其联系人、订单和回款集中在一处。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kehu::NewComplaintDialog</name>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="35"/>
        <source>New Complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="42"/>
        <source>Code or name</source>
        <translation>编号或名称</translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="51"/>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="61"/>
        <source>C&amp;hannel:</source>
        <translation>受理方式(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="66"/>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="70"/>
        <source>Major — escalate to the emergency team</source>
        <translation>重大 — 立即升级至应急小组</translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="71"/>
        <source>&amp;Severity:</source>
        <translation>严重程度(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="76"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="81"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="82"/>
        <source>&amp;Order no.:</source>
        <translation>订单号(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="84"/>
        <source>Optional; the order&apos;s when empty</source>
        <translation>可选；留空时取订单的产品型号</translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="85"/>
        <source>&amp;Product model:</source>
        <translation>产品型号(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="89"/>
        <source>&amp;Received at:</source>
        <translation>受理时间(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="91"/>
        <source>Received &amp;by:</source>
        <translation>受理人(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="146"/>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="147"/>
        <source>No customer with this code or name.</source>
        <translation>没有此编号或名称的客户。</translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="153"/>
        <source>Required: what the customer says.</source>
        <translation>必填：客户反映的问题。</translation>
    </message>
</context>
<context>
    <name>kehu::ParetoChartView</name>
    <message>
        <location filename="../../src/app/paretochartview.cpp" line="40"/>
        <source>#%1 %2
%3: %4
Cumulative share: %5</source>
        <translation>第 %1 名 %2
%3：%4
累计占比：%5</translation>
    </message>
    <message>
        <location filename="../../src/app/paretochartview.cpp" line="44"/>
        <source>Ranks %1–%2 (%3 customers: A %4, B %5, C %6)
%7: %8
Cumulative share: %9</source>
        <translation>第 %1–%2 名（%3 个客户：A %4 个，B %5 个，C %6 个）
%7：%8
累计占比：%9</translation>
    </message>
    <message>
        <location filename="../../src/app/paretochartview.cpp" line="76"/>
        <source>Pareto chart: %1 customers ranked by %2, in %3 groups</source>
        <translation>帕累托图：%1 个客户按%2排序，分为 %3 组</translation>
    </message>
    <message>
        <location filename="../../src/app/paretochartview.cpp" line="79"/>
        <source>Pareto chart: %1 customers ranked by %2</source>
        <translation>帕累托图：%1 个客户按%2排序</translation>
    </message>
    <message>
        <location filename="../../src/app/paretochartview.cpp" line="95"/>
        <location filename="../../src/app/paretochartview.cpp" line="132"/>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <location filename="../../src/app/paretochartview.cpp" line="122"/>
        <source>%1 (10 000 yuan)</source>
        <translation>%1（万元）</translation>
    </message>
    <message>
        <location filename="../../src/app/paretochartview.cpp" line="140"/>
        <source>A limit %1 %</source>
        <translation>A 类界限 %1 %</translation>
    </message>
    <message>
        <location filename="../../src/app/paretochartview.cpp" line="141"/>
        <source>B limit %1 %</source>
        <translation>B 类界限 %1 %</translation>
    </message>
</context>
<context>
    <name>kehu::ReferenceListRepository</name>
    <message>
        <location filename="../../src/storage/referencelistrepository.cpp" line="68"/>
        <location filename="../../src/storage/referencelistrepository.cpp" line="95"/>
        <source>A list entry needs a name.</source>
        <translation>列表项需要名称。</translation>
    </message>
    <message>
        <location filename="../../src/storage/referencelistrepository.cpp" line="75"/>
        <location filename="../../src/storage/referencelistrepository.cpp" line="103"/>
        <source>The list already has an entry named %1.</source>
        <translation>列表中已有名为 %1 的项。</translation>
    </message>
    <message>
        <location filename="../../src/storage/referencelistrepository.cpp" line="110"/>
        <source>The list entry no longer exists.</source>
        <translation>该列表项已不存在。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storage/referencelistrepository.cpp" line="135"/>
        <source>%n customer(s) still use this entry; move them to another first.</source>
        <translation>
            <numerusform>仍有 %n 个客户使用此项；请先将他们改到其他项。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kehu::ScorecardModel</name>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="34"/>
        <source>(no account manager)</source>
        <translation>（无客户经理）</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="141"/>
        <source>What the cadence of each customer&apos;s class asks for in the period</source>
        <translation>按各客户类别的回访周期，本期应回访的次数</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="142"/>
        <source>Customers whose follow-up was overdue on the period&apos;s last day</source>
        <translation>期末最后一天回访已逾期的客户</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="143"/>
        <source>Complaints received in the period on the manager&apos;s customers</source>
        <translation>本期该经理的客户收到的投诉</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="144"/>
        <source>Mean hours from receipt to closing, of the complaints closed</source>
        <translation>已关闭投诉从受理到关闭的平均小时数</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="145"/>
        <source>Share of the complaints reported to the customer that the customer reopened</source>
        <translation>已回复客户的投诉中被客户退回重办的比例</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="147"/>
        <source>Mean over the customers&apos; latest answered surveys, 0–100; — when none answered</source>
        <translation>各客户最近一次已回复调查的平均值（0–100）；无回复时显示 —</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="152"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="153"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="154"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="155"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="156"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="157"/>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="158"/>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="159"/>
        <source>Margin</source>
        <translation>利润率</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="160"/>
        <source>Follow-ups done</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="161"/>
        <source>Due</source>
        <translation>应回访</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="162"/>
        <source>Done %</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="163"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="164"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="165"/>
        <source>Resolution (h)</source>
        <translation>处理时长（小时）</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="166"/>
        <source>Reopened</source>
        <translation>退回重办率</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="167"/>
        <source>Satisfaction</source>
        <translation>综合满意度</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="168"/>
        <source>Loyalty</source>
        <translation>忠诚度</translation>
    </message>
</context>
<context>
    <name>kehu::ScorecardView</name>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="75"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="77"/>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="79"/>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="80"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="85"/>
        <source>Chart: sales and profit</source>
        <translation>图表：销售额与利润</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="86"/>
        <source>Chart: follow-ups done and due</source>
        <translation>图表：已回访与应回访</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="89"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="89"/>
        <source>UTF-8 with BOM (Excel)</source>
        <translation>UTF-8 带 BOM（Excel）</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="89"/>
        <source>GB18030 (Excel, Chinese Windows)</source>
        <translation>GB18030（Excel，中文 Windows）</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="91"/>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="189"/>
        <source>The period ends before it starts.</source>
        <translation>期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="194"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="228"/>
        <source>The scorecard could not be computed: %1</source>
        <translation>无法计算业绩记分卡：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/scorecardview.cpp" line="235"/>
        <source>%n account manager(s), %1 – %2</source>
        <translation>
            <numerusform>%n 位客户经理，%1 – %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="249"/>
        <source>Sales (10k yuan)</source>
        <translation>销售额（万元）</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="249"/>
        <source>Follow-ups done</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="250"/>
        <source>Profit (10k yuan)</source>
        <translation>利润（万元）</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="250"/>
        <source>Follow-ups due</source>
        <translation>应回访</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="282"/>
        <source>The first %1 of %2 account managers, in the table&apos;s order</source>
        <translation>按表格顺序显示前 %1 位（共 %2 位）客户经理</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="290"/>
        <source>scorecard-%1-%2.csv</source>
        <translation>业绩记分卡-%1-%2.csv</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="291"/>
        <location filename="../../src/app/scorecardview.cpp" line="317"/>
        <source>Export the scorecard</source>
        <translation>导出业绩记分卡</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="291"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/scorecardview.cpp" line="312"/>
        <source>%n manager(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 位客户经理导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="317"/>
        <source>%1 was not written: %2</source>
        <translation>未写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>kehu::SegmentationExporter</name>
    <message>
        <location filename="../../src/app/segmentationexporter.cpp" line="39"/>
        <source>%1 cannot be written: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>kehu::SegmentationSummaryModel</name>
    <message>
        <location filename="../../src/app/abcbreakdownmodel.cpp" line="44"/>
        <location filename="../../src/app/segmentationsummarymodel.cpp" line="71"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationsummarymodel.cpp" line="78"/>
        <source>Click to show these customers in the customer list</source>
        <translation>单击以在客户列表中显示这些客户</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationsummarymodel.cpp" line="90"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/app/abcbreakdownmodel.cpp" line="141"/>
        <location filename="../../src/app/abcsharechartview.cpp" line="76"/>
        <location filename="../../src/app/segmentationsummarymodel.cpp" line="91"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationsummarymodel.cpp" line="92"/>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationsummarymodel.cpp" line="93"/>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationsummarymodel.cpp" line="94"/>
        <source>Share of sales</source>
        <translation>销售额占比</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationsummarymodel.cpp" line="95"/>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationsummarymodel.cpp" line="96"/>
        <source>Share of profit</source>
        <translation>利润占比</translation>
    </message>
</context>
<context>
    <name>kehu::SegmentationView</name>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="92"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="97"/>
        <source>The segmentation could not be computed: %1</source>
        <translation>无法计算客户分类：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="128"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="130"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="138"/>
        <source>Rank by</source>
        <translation>排序依据</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="168"/>
        <source>A: the customers whose cumulative share before them is below this limit</source>
        <translation>A 类：排在其前面的客户累计占比低于此界限的客户</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="169"/>
        <source>B: the customers whose cumulative share before them is below this limit</source>
        <translation>B 类：排在其前面的客户累计占比低于此界限的客户</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="171"/>
        <source>A limit</source>
        <translation>A 类界限</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="173"/>
        <source>B limit</source>
        <translation>B 类界限</translation>
    </message>
    <message>
        <location filename="../../src/app/abcbreakdownmodel.cpp" line="123"/>
        <location filename="../../src/app/segmentationview.cpp" line="185"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/app/abcbreakdownmodel.cpp" line="124"/>
        <location filename="../../src/app/segmentationview.cpp" line="186"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../src/app/abcbreakdownmodel.cpp" line="125"/>
        <location filename="../../src/app/segmentationview.cpp" line="187"/>
        <source>Sales center</source>
        <translation>销售中心</translation>
    </message>
    <message>
        <location filename="../../src/app/abcbreakdownmodel.cpp" line="128"/>
        <location filename="../../src/app/segmentationview.cpp" line="188"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="205"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="234"/>
        <source>Summary per class (click a class to list its customers)</source>
        <translation>各类汇总（单击某类可列出其客户）</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="250"/>
        <source>Shares of customers, sales and profit per class; click a class to list its customers</source>
        <translation>各类客户的客户数、销售额和利润占比；单击某类可列出其客户</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="258"/>
        <source>Class by sales × class by profit</source>
        <translation>按销售额分类 × 按利润分类</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="260"/>
        <source>By sales \ by profit</source>
        <translation>按销售额 \ 按利润</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="275"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="275"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="275"/>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="275"/>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="284"/>
        <source>Movers since the previous period</source>
        <translation>与上一期相比类别变化的客户</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="290"/>
        <source>Before \ now</source>
        <translation>上期 \ 本期</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="309"/>
        <source>Click a customer to show it in the customer list</source>
        <translation>单击客户可在客户列表中显示</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="314"/>
        <source>%1 %2: %3 → %4</source>
        <translation>%1 %2：%3 → %4</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="319"/>
        <source>Click a cell to list its customers</source>
        <translation>单击单元格可列出其客户</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="338"/>
        <source>&amp;Pareto chart, cross-table and movers</source>
        <translation>帕累托图、交叉表与类别变化(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="339"/>
        <source>B&amp;reakdown by region, industry, center, manager</source>
        <translation>按区域、行业、销售中心、客户经理细分(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="487"/>
        <source>%1 by %2, %3</source>
        <translation>%1，按%2，%3</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="514"/>
        <source>%1 in the previous period, %2 now, by %3, %4</source>
        <translation>上期 %1 类、本期 %2 类，按%3，%4</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="522"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="551"/>
        <source>every %1</source>
        <translation>全部%1</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="556"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="559"/>
        <source>every class</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="560"/>
        <source>%1, %2 by %3, %4</source>
        <translation>%1，%2，按%3，%4</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="568"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="572"/>
        <source>Summary as CSV…</source>
        <translation>汇总导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="573"/>
        <source>Export the summary</source>
        <translation>导出汇总</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="573"/>
        <location filename="../../src/app/segmentationview.cpp" line="577"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="576"/>
        <source>Ranked customers as CSV…</source>
        <translation>客户排名导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="577"/>
        <source>Export the ranked customers</source>
        <translation>导出客户排名</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="580"/>
        <source>Pareto chart as PNG…</source>
        <translation>帕累托图导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="581"/>
        <source>Export the Pareto chart</source>
        <translation>导出帕累托图</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="581"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="584"/>
        <source>CSV &amp;encoding</source>
        <translation>CSV 编码(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="590"/>
        <source>UTF-8 with a byte order mark (Excel)</source>
        <translation>带字节顺序标记（BOM）的 UTF-8（Excel）</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="590"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="591"/>
        <source>GB18030 (Excel on Chinese Windows)</source>
        <translation>GB18030（中文 Windows 上的 Excel）</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="628"/>
        <source>Exported.</source>
        <translation>已导出。</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="630"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/segmentationview.cpp" line="665"/>
        <source>Exporting %n customer(s)…</source>
        <translation>
            <numerusform>正在导出 %n 个客户…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="385"/>
        <source>The period must start on or before its last day.</source>
        <translation>期间的开始日期不能晚于结束日期。</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="407"/>
        <source>The limits could not be saved: %1</source>
        <translation>无法保存界限：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="424"/>
        <source>%1 customers, ranked by %2; previous period %3 – %4. Computed in %5 ms.</source>
        <translation>%1 个客户，按%2排序；上一期 %3 – %4。计算用时 %5 毫秒。</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="442"/>
        <source>No customer is A by sales but C by profit.</source>
        <translation>没有按销售额为 A 类、按利润却为 C 类的客户。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/segmentationview.cpp" line="443"/>
        <source>⚠ %n customer(s) A by sales but C by profit: they buy a lot and earn little.</source>
        <translation>
            <numerusform>⚠ %n 个客户按销售额为 A 类、按利润却为 C 类：采购量大但利润低。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="466"/>
        <source>%1 up, %2 down; rows: class in the previous period, columns: class now.</source>
        <translation>上升 %1 个，下降 %2 个；行为上期类别，列为本期类别。</translation>
    </message>
</context>
<context>
    <name>kehu::Storage</name>
    <message>
        <location filename="../../src/storage/sqlitestatement.cpp" line="46"/>
        <location filename="../../src/storage/sqlsupport.cpp" line="40"/>
        <source>The database is busy: another program is writing to it. Nothing was changed; try again.</source>
        <translation>数据库忙：另一个程序正在写入。未做任何更改；请重试。</translation>
    </message>
    <message>
        <location filename="../../src/storage/sqlitestatement.cpp" line="50"/>
        <location filename="../../src/storage/sqlsupport.cpp" line="45"/>
        <source>The database reported an error: %1</source>
        <translation>数据库报告错误：%1</translation>
    </message>
    <message>
        <location filename="../../src/storage/sqlsupport.cpp" line="43"/>
        <source>The change conflicts with existing records.</source>
        <translation>此更改与现有记录冲突。</translation>
    </message>
</context>
<context>
    <name>kehu::SurveyActionDialog</name>
    <message>
        <location filename="../../src/app/surveyactiondialog.cpp" line="18"/>
        <source>Improvement action</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyactiondialog.cpp" line="20"/>
        <source>For:</source>
        <translation>针对：</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyactiondialog.cpp" line="20"/>
        <source>%1 (score %2)</source>
        <translation>%1（得分 %2）</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyactiondialog.cpp" line="32"/>
        <source>&amp;What:</source>
        <translation>内容(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyactiondialog.cpp" line="33"/>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyactiondialog.cpp" line="34"/>
        <source>&amp;Due:</source>
        <translation>完成期限(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyactiondialog.cpp" line="35"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyactiondialog.cpp" line="56"/>
        <source>Say what will be done.</source>
        <translation>请说明要做什么。</translation>
    </message>
</context>
<context>
    <name>kehu::SurveyCampaignDialog</name>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="21"/>
        <source>New survey campaign</source>
        <translation>新建调查活动</translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="24"/>
        <source>%1 satisfaction survey</source>
        <translation>%1 年满意度调查</translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="36"/>
        <source>%1 (version %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="45"/>
        <source>code, name, contact or phone</source>
        <translation>编号、名称、联系人或电话</translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="50"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="51"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="52"/>
        <source>&amp;Ends on:</source>
        <translation>截止日期(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="53"/>
        <source>&amp;Template:</source>
        <translation>问卷模板(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="54"/>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="55"/>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="56"/>
        <source>Sales &amp;center:</source>
        <translation>销售中心(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="57"/>
        <source>Account &amp;manager:</source>
        <translation>客户经理(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="58"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="61"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="70"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="79"/>
        <source>Give the campaign a name.</source>
        <translation>请为调查活动命名。</translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="106"/>
        <source>No active customer matches these filters.</source>
        <translation>没有符合这些筛选条件的在用客户。</translation>
    </message>
</context>
<context>
    <name>kehu::SurveyEntryWidget</name>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="28"/>
        <source>Pending</source>
        <translation>待回复</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="29"/>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="32"/>
        <source>Declined</source>
        <translation>拒绝参与</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="42"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="42"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="42"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="82"/>
        <source>Save and next (Ctrl+Enter)</source>
        <translation>保存并转到下一个（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="84"/>
        <source>Declined (Ctrl+D)</source>
        <translation>拒绝参与（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="89"/>
        <source>Type a score in each field; leave it empty when the customer gave none. Enter or Tab moves on; Ctrl+PgDown / Ctrl+PgUp go to the next / previous customer without saving.</source>
        <translation>在每个字段中输入分数；客户未打分的留空。按 Enter 或 Tab 转到下一项；Ctrl+PgDown / Ctrl+PgUp 不保存直接转到下一个 / 上一个客户。</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="138"/>
        <source>%1 (%2–%3):</source>
        <translation>%1（%2–%3）：</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="158"/>
        <source>Loading the campaign&apos;s customers…</source>
        <translation>正在加载调查活动的客户…</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="189"/>
        <source>%1 of %2 customers answered or declined</source>
        <translation>%2 个客户中已有 %1 个回复或拒绝参与</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="210"/>
        <source>The campaign targets no customer.</source>
        <translation>该调查活动没有调查对象。</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="276"/>
        <source>%1: type a whole number from %2 to %3, or leave it empty.</source>
        <translation>%1：请输入 %2 至 %3 之间的整数，或留空。</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="287"/>
        <source>Type at least one score, or mark the customer declined (Ctrl+D).</source>
        <translation>请至少输入一个分数，或将客户标记为拒绝参与（Ctrl+D）。</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="295"/>
        <source>Answers not saved</source>
        <translation>答卷未保存</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="295"/>
        <source>%1
Nothing was saved.</source>
        <translation>%1
未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="307"/>
        <source>Every customer of the campaign has answered or declined.</source>
        <translation>调查活动的所有客户均已回复或拒绝参与。</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="316"/>
        <source>Mark declined</source>
        <translation>标记为拒绝参与</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="317"/>
        <source>%1 has answered. Marking it declined removes its answers. Continue?</source>
        <translation>%1 已回复。标记为拒绝参与将删除其答卷。是否继续？</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="324"/>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
</context>
<context>
    <name>kehu::SurveyRepository</name>
    <message>
        <location filename="../../src/storage/surveyrepository.cpp" line="75"/>
        <source>The survey has no item &apos;%1&apos;.</source>
        <translation>问卷中没有项目“%1”。</translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyrepository.cpp" line="77"/>
        <source>%1 is not a score of &apos;%2&apos;, which goes from %3 to %4.</source>
        <translation>%1 不是“%2”的有效分数（范围 %3 至 %4）。</translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyrepository.cpp" line="105"/>
        <source>The survey template no longer exists.</source>
        <translation>该问卷模板已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyrepository.cpp" line="136"/>
        <source>There is no survey template &apos;%1&apos;.</source>
        <translation>没有问卷模板“%1”。</translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyrepository.cpp" line="198"/>
        <source>A campaign needs a name.</source>
        <translation>调查活动需要名称。</translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyrepository.cpp" line="200"/>
        <source>A campaign needs a year such as 2026.</source>
        <translation>调查活动需要年度，例如 2026。</translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyrepository.cpp" line="202"/>
        <source>The campaign targets no customer.</source>
        <translation>该调查活动没有调查对象。</translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyrepository.cpp" line="204"/>
        <source>There is already a campaign named &apos;%1&apos;.</source>
        <translation>已有名为“%1”的调查活动。</translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyrepository.cpp" line="255"/>
        <source>The campaign no longer exists.</source>
        <translation>该调查活动已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyrepository.cpp" line="364"/>
        <location filename="../../src/storage/surveyrepository.cpp" line="408"/>
        <source>The customer is not targeted by this campaign.</source>
        <translation>该客户不是本调查活动的调查对象。</translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyrepository.cpp" line="529"/>
        <source>An improvement action needs a title.</source>
        <translation>改进措施需要标题。</translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyrepository.cpp" line="556"/>
        <source>The improvement action no longer exists.</source>
        <translation>该改进措施已不存在。</translation>
    </message>
</context>
<context>
    <name>kehu::SurveyTemplate</name>
    <message>
        <location filename="../../src/domain/surveytemplate.cpp" line="101"/>
        <source>The template&apos;s key &apos;%1&apos; must be lower-case letters, digits and underscores.</source>
        <translation>问卷模板的键“%1”只能由小写字母、数字和下划线组成。</translation>
    </message>
    <message>
        <location filename="../../src/domain/surveytemplate.cpp" line="109"/>
        <source>The item key &apos;%1&apos; must be lower-case letters, digits and underscores.</source>
        <translation>项目键“%1”只能由小写字母、数字和下划线组成。</translation>
    </message>
    <message>
        <location filename="../../src/domain/surveytemplate.cpp" line="111"/>
        <source>The item key &apos;%1&apos; is used twice.</source>
        <translation>项目键“%1”重复使用。</translation>
    </message>
    <message>
        <location filename="../../src/domain/surveytemplate.cpp" line="114"/>
        <source>The item &apos;%1&apos; needs a scale whose minimum is below its maximum.</source>
        <translation>项目“%1”的评分范围最小值必须小于最大值。</translation>
    </message>
    <message>
        <location filename="../../src/domain/surveytemplate.cpp" line="116"/>
        <source>The item &apos;%1&apos; has a negative weight.</source>
        <translation>项目“%1”的权重为负数。</translation>
    </message>
    <message>
        <location filename="../../src/domain/surveytemplate.cpp" line="123"/>
        <source>A template needs at least one weighted item with a positive weight.</source>
        <translation>问卷模板至少需要一个权重为正的计分项目。</translation>
    </message>
    <message>
        <location filename="../../src/domain/surveytemplate.cpp" line="125"/>
        <source>A template has at most one repurchase and one recommend item.</source>
        <translation>问卷模板最多只能有一个再次购买意向项目和一个推荐意愿项目。</translation>
    </message>
</context>
<context>
    <name>kehu::SurveyText</name>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="19"/>
        <source>Product quality</source>
        <translation>产品质量</translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="21"/>
        <source>Delivery</source>
        <translation>交货</translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="23"/>
        <source>After-sales service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="25"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="27"/>
        <source>Would buy again</source>
        <translation>再次购买意向</translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="29"/>
        <source>Would recommend</source>
        <translation>推荐意愿</translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="31"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="44"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="45"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="46"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="47"/>
        <source>ABC class</source>
        <translation>ABC 分类</translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="48"/>
        <source>Sales center</source>
        <translation>销售中心</translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="51"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="57"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="58"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="61"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>kehu::SurveysView</name>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="76"/>
        <source>C&amp;ampaign:</source>
        <translation>调查活动(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="78"/>
        <source>&amp;New campaign…</source>
        <translation>新建调查活动(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="80"/>
        <source>Delete campaign…</source>
        <translation>删除调查活动…</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="91"/>
        <location filename="../../src/app/surveysview.cpp" line="128"/>
        <source>Answers</source>
        <translation>答卷</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="92"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="93"/>
        <location filename="../../src/app/surveysview.cpp" line="184"/>
        <location filename="../../src/app/surveysview.cpp" line="449"/>
        <source>Improvement actions</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="117"/>
        <source>&amp;Groups by:</source>
        <translation>分组依据(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="128"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="128"/>
        <source>Mean</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="128"/>
        <source>Score (0–100)</source>
        <translation>得分（0–100）</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="128"/>
        <location filename="../../src/app/surveysview.cpp" line="129"/>
        <source>Last time</source>
        <translation>上次</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="128"/>
        <location filename="../../src/app/surveysview.cpp" line="130"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="129"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="129"/>
        <source>Responses</source>
        <translation>答卷数</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="129"/>
        <source>Satisfaction</source>
        <translation>综合满意度</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="129"/>
        <source>Loyalty</source>
        <translation>忠诚度</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="129"/>
        <source>NPS</source>
        <translation>净推荐值 (NPS)</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="154"/>
        <source>&amp;Threshold (0–100):</source>
        <translation>阈值（0–100）(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="156"/>
        <source>&amp;Propose actions</source>
        <translation>生成改进措施(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="158"/>
        <source>An action for every item, and every group of the report&apos;s grouping, scoring under the threshold</source>
        <translation>为得分低于阈值的每个项目及报告分组中的每个分组各生成一项改进措施</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="159"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="160"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="168"/>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="168"/>
        <source>For</source>
        <translation>针对</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="168"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="168"/>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="168"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="168"/>
        <source>Score then</source>
        <translation>当时得分</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="169"/>
        <source>Measured change</source>
        <translation>实测变化</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="177"/>
        <source>The measured change is the item&apos;s score (or the group&apos;s satisfaction) in the next campaign of the same template minus the score the action started from.</source>
        <translation>实测变化 = 同一问卷模板下一次调查活动中该项目的得分（或该分组的综合满意度）减去措施制定时的得分。</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="185"/>
        <source>No new item or group scores under %1.</source>
        <translation>没有新的项目或分组得分低于 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/surveysview.cpp" line="186"/>
        <source>%n action(s) proposed; give each an owner and a due date.</source>
        <translation>
            <numerusform>已生成 %n 项改进措施；请为每项指定负责人和完成期限。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="215"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="255"/>
        <source>No campaign yet: start one with New campaign…</source>
        <translation>尚无调查活动：请用“新建调查活动…”创建。</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="262"/>
        <source>Template %1 version %2, ends %3%4</source>
        <translation>问卷模板 %1 第 %2 版，截止 %3%4</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="266"/>
        <source>; targets: %1</source>
        <translation>；调查对象：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="287"/>
        <source>Responses: &lt;b&gt;%1&lt;/b&gt; of %2 (%3), %4 declined</source>
        <translation>答卷：%2 个中 &lt;b&gt;%1&lt;/b&gt; 个（%3），%4 个拒绝参与</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="292"/>
        <source>Satisfaction %1 · Loyalty %2 · NPS %3</source>
        <translation>综合满意度 %1 · 忠诚度 %2 · 净推荐值 %3</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="296"/>
        <source>Changes since %1.</source>
        <translation>与 %1 相比的变化。</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="297"/>
        <source>No earlier campaign of this template to compare with.</source>
        <translation>此问卷模板没有可供比较的以往调查活动。</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="313"/>
        <source>This campaign</source>
        <translation>本次调查</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="336"/>
        <source>Item means</source>
        <translation>各项目平均分</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="358"/>
        <source>Satisfaction (0–100)</source>
        <translation>综合满意度（0–100）</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="366"/>
        <location filename="../../src/app/surveysview.cpp" line="400"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="378"/>
        <source>Satisfaction by %1</source>
        <translation>按%1的综合满意度</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="417"/>
        <source>after the next campaign</source>
        <translation>下次调查后</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="443"/>
        <source>Improve %1</source>
        <translation>改进%1</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="467"/>
        <source>Action not saved</source>
        <translation>措施未保存</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="467"/>
        <source>%1
Nothing was changed.</source>
        <translation>%1
未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="477"/>
        <source>Delete action</source>
        <translation>删除措施</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="477"/>
        <source>Delete the action “%1”?</source>
        <translation>删除措施“%1”？</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="483"/>
        <source>Action not deleted</source>
        <translation>措施未删除</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="500"/>
        <source>Delete campaign</source>
        <translation>删除调查活动</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="501"/>
        <source>Delete the campaign %1 with all its answers and improvement actions? This cannot be undone.</source>
        <translation>删除调查活动 %1 及其全部答卷和改进措施？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="508"/>
        <source>Campaign not deleted</source>
        <translation>调查活动未删除</translation>
    </message>
</context>
<context>
    <name>kehu::TransactionRepository</name>
    <message>
        <location filename="../../src/storage/transactionrepository.cpp" line="85"/>
        <source>An order needs a number, a date and a quantity of 0 or more.</source>
        <translation>订单需要订单号、日期和不小于 0 的数量。</translation>
    </message>
    <message>
        <location filename="../../src/storage/transactionrepository.cpp" line="92"/>
        <source>Order number %1 already exists.</source>
        <translation>订单号 %1 已存在。</translation>
    </message>
    <message>
        <location filename="../../src/storage/transactionrepository.cpp" line="112"/>
        <source>A payment needs a date and an amount above zero.</source>
        <translation>回款需要日期和大于零的金额。</translation>
    </message>
    <message>
        <location filename="../../src/storage/transactionrepository.cpp" line="127"/>
        <source>A service cost needs a date and an amount of 0 or more.</source>
        <translation>服务费用需要日期和不小于 0 的金额。</translation>
    </message>
</context>
<context>
    <name>kehu::Vocabulary</name>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="22"/>
        <location filename="../../src/domain/customerenums.cpp" line="29"/>
        <location filename="../../src/domain/customerenums.cpp" line="36"/>
        <location filename="../../src/domain/customerenums.cpp" line="43"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="23"/>
        <source>State-owned</source>
        <translation>国有</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="24"/>
        <source>Private</source>
        <translation>民营</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="25"/>
        <source>Foreign</source>
        <translation>外资</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="26"/>
        <source>Joint venture</source>
        <translation>合资</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="30"/>
        <source>Transactional</source>
        <translation>买卖</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="31"/>
        <source>Supply</source>
        <translation>供应</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="32"/>
        <source>Partnership</source>
        <translation>合作</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="33"/>
        <source>Strategic alliance</source>
        <translation>战略联盟</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="37"/>
        <source>Key</source>
        <translation>关键</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="38"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="39"/>
        <source>Potential</source>
        <translation>潜在</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="40"/>
        <source>Competitor&apos;s customer</source>
        <translation>竞争对手客户</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="44"/>
        <source>Decision maker</source>
        <translation>决策者</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="45"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="46"/>
        <source>Purchaser</source>
        <translation>采购</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="47"/>
        <source>Technical</source>
        <translation>技术</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="48"/>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="51"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="52"/>
        <source>Verified</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="55"/>
        <source>Entertainment</source>
        <translation>招待</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="56"/>
        <source>Travel</source>
        <translation>差旅</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="57"/>
        <source>Samples</source>
        <translation>样品</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="58"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="51"/>
        <source>Kehu: customer files for B2B manufacturers.</source>
        <translation>客户：面向制造企业的客户档案管理。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="54"/>
        <source>The database file to open.</source>
        <translation>要打开的数据库文件。</translation>
    </message>
</context>
</TS>
