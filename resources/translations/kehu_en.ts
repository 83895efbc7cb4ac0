<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../ui/customerform.ui" line="87"/>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="96"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="103"/>
        <source>e.g. C00042</source>
        <translation>e.g. C00042</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="126"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="152"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="162"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="188"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="214"/>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="225"/>
        <source>Attributes</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="234"/>
        <source>Employees:</source>
        <translation>Employees:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="260"/>
        <source>Revenue band:</source>
        <translation>Revenue band:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="270"/>
        <source>Ownership:</source>
        <translation>Ownership:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="280"/>
        <source>Industry:</source>
        <translation>Industry:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="306"/>
        <source>Reputation:</source>
        <translation>Reputation:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="316"/>
        <source>Production capacity:</source>
        <translation>Production capacity:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="327"/>
        <source>Business status</source>
        <translation>Business status</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="336"/>
        <source>Annual sales (CNY):</source>
        <translation>Annual sales (CNY):</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="362"/>
        <source>Position in industry:</source>
        <translation>Position in industry:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="372"/>
        <source>Credit status:</source>
        <translation>Credit status:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="382"/>
        <source>Strengths:</source>
        <translation>Strengths:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="396"/>
        <source>Weaknesses:</source>
        <translation>Weaknesses:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="411"/>
        <source>Cooperation</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="422"/>
        <source>Customer since:</source>
        <translation>Customer since:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="432"/>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="465"/>
        <source>Years of cooperation:</source>
        <translation>Years of cooperation:</translation>
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
        <translation>Main products:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="492"/>
        <source>Payment terms (days):</source>
        <translation>Payment terms (days):</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="520"/>
        <source>Figures (derived, read-only)</source>
        <translation>Figures (derived, read-only)</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="529"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="539"/>
        <source>Orders:</source>
        <translation>Orders:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="556"/>
        <source>Sales:</source>
        <translation>Sales:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="573"/>
        <source>Profit:</source>
        <translation>Profit:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="590"/>
        <source>Margin:</source>
        <translation>Margin:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="607"/>
        <source>Receivables:</source>
        <translation>Receivables:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="624"/>
        <source>Collection rate:</source>
        <translation>Collection rate:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="641"/>
        <source>Service costs:</source>
        <translation>Service costs:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="669"/>
        <source>Relationship &amp;&amp; ownership</source>
        <translation>Relationship &amp;&amp; ownership</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="678"/>
        <source>Relationship type:</source>
        <translation>Relationship type:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="688"/>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="698"/>
        <source>Account manager:</source>
        <translation>Account manager:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="708"/>
        <source>Sales center:</source>
        <translation>Sales center:</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="718"/>
        <source>Set by hand (otherwise the center follows the region)</source>
        <translation>Set by hand (otherwise the center follows the region)</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="726"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="760"/>
        <source>Add contact</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="767"/>
        <source>Remove contact</source>
        <translation>Remove contact</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="784"/>
        <source>Competitors</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="818"/>
        <source>Add competitor</source>
        <translation>Add competitor</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="825"/>
        <source>Remove competitor</source>
        <translation>Remove competitor</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="842"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="862"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="882"/>
        <source>Service costs</source>
        <translation>Service costs</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="907"/>
        <source>Mark verified</source>
        <translation>Mark verified</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="914"/>
        <source>Mark reviewed today</source>
        <translation>Mark reviewed today</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="921"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="928"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="935"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/customerform.ui" line="949"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>kehu::Abc</name>
    <message>
        <location filename="../../src/domain/abcthresholds.cpp" line="57"/>
        <source>The limits must satisfy 0 &lt; A &lt; B ≤ 100 (percent, up to two decimals).</source>
        <translation>The limits must satisfy 0 &lt; A &lt; B ≤ 100 (percent, up to two decimals).</translation>
    </message>
    <message>
        <location filename="../../src/domain/abcclass.cpp" line="55"/>
        <source>A (key accounts)</source>
        <translation type="unfinished">A (key accounts)</translation>
    </message>
    <message>
        <location filename="../../src/domain/abcclass.cpp" line="57"/>
        <source>B (major customers)</source>
        <translation type="unfinished">B (major customers)</translation>
    </message>
    <message>
        <location filename="../../src/domain/abcclass.cpp" line="61"/>
        <source>C (small and trivial customers)</source>
        <translation type="unfinished">C (small and trivial customers)</translation>
    </message>
    <message>
        <location filename="../../src/domain/abcclass.cpp" line="66"/>
        <source>Sales</source>
        <translation type="unfinished">Sales</translation>
    </message>
    <message>
        <location filename="../../src/domain/abcclass.cpp" line="66"/>
        <source>Profit</source>
        <translation type="unfinished">Profit</translation>
    </message>
    <message>
        <location filename="../../src/domain/abcclass.cpp" line="73"/>
        <source>VIP service, a key-account team, customized offers, senior management contact.</source>
        <translation type="unfinished">VIP service, a key-account team, customized offers, senior management contact.</translation>
    </message>
    <message>
        <location filename="../../src/domain/abcclass.cpp" line="75"/>
        <source>Keep the current share of wallet; adapt products to raise it.</source>
        <translation type="unfinished">Keep the current share of wallet; adapt products to raise it.</translation>
    </message>
    <message>
        <location filename="../../src/domain/abcclass.cpp" line="79"/>
        <source>Nurture those with growth potential toward B; reduce effort on trivial ones.</source>
        <translation type="unfinished">Nurture those with growth potential toward B; reduce effort on trivial ones.</translation>
    </message>
</context>
<context>
    <name>kehu::AbcBreakdownChartView</name>
    <message>
        <location filename="../../src/app/abcbreakdownchartview.cpp" line="37"/>
        <source>%1 per class by %2: the %3 largest of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/abcbreakdownchartview.cpp" line="40"/>
        <source>%1 per class by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/abcbreakdownchartview.cpp" line="66"/>
        <source>%1 (10 000 yuan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::AbcBreakdownModel</name>
    <message>
        <location filename="../../src/app/abcbreakdownmodel.cpp" line="114"/>
        <source>Click to show these customers in the customer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/abcbreakdownmodel.cpp" line="140"/>
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/abcbreakdownmodel.cpp" line="144"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::AbcBreakdownPanel</name>
    <message>
        <location filename="../../src/app/abcbreakdownpanel.cpp" line="29"/>
        <source>&amp;Breakdown by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/abcbreakdownpanel.cpp" line="33"/>
        <source>(click a cell or a bar to list its customers)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::AbcShareChartView</name>
    <message>
        <location filename="../../src/app/abcsharechartview.cpp" line="63"/>
        <source>of the profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/abcsharechartview.cpp" line="63"/>
        <source>of the sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/abcsharechartview.cpp" line="64"/>
        <source>of the customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/abcsharechartview.cpp" line="65"/>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::AbcStrategyDialog</name>
    <message>
        <location filename="../../src/app/abcstrategydialog.cpp" line="24"/>
        <source>Class strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/abcstrategydialog.cpp" line="26"/>
        <source>What each class of customer gets, shown on every customer&apos;s page. Leave a text empty to go back to the standard strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/abcstrategydialog.cpp" line="36"/>
        <source>Class of a customer &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/abcstrategydialog.cpp" line="53"/>
        <source>The strategies could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/abcstrategydialog.cpp" line="77"/>
        <source>The strategies could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::CauseParetoChart</name>
    <message numerus="yes">
        <location filename="../../src/app/causeparetochart.cpp" line="29"/>
        <source>Root causes of %n complaint(s)</source>
        <translation>
            <numerusform>Root causes of %n complaint</numerusform>
            <numerusform>Root causes of %n complaints</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/causeparetochart.cpp" line="31"/>
        <location filename="../../src/app/causeparetochart.cpp" line="70"/>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/causeparetochart.cpp" line="34"/>
        <location filename="../../src/app/causeparetochart.cpp" line="79"/>
        <source>Cumulative share</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/causeparetochart.cpp" line="45"/>
        <source>%n other cause(s)</source>
        <translation>
            <numerusform>%n other cause</numerusform>
            <numerusform>%n other causes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/causeparetochart.cpp" line="85"/>
        <source>80 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::CompetitorsModel</name>
    <message>
        <location filename="../../src/app/competitorsmodel.cpp" line="75"/>
        <source>Competitor</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <location filename="../../src/app/competitorsmodel.cpp" line="75"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>kehu::ComplaintAnalysisView</name>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="59"/>
        <source>Received from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="61"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="64"/>
        <source>Count by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="73"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="73"/>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="73"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="73"/>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="74"/>
        <source>Complaints by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="79"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="79"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="79"/>
        <source>Mean (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="79"/>
        <source>90th percentile (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="80"/>
        <source>Time per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="83"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="83"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="83"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="83"/>
        <source>Overdue rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="84"/>
        <source>Service targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="90"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="90"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="90"/>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="90"/>
        <source>Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="91"/>
        <source>Corrective actions due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="129"/>
        <source>%1 complaints received, %2 open, %3 escalated. Reopened after the customer&apos;s verdict: %4 of %5 (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintanalysisview.cpp" line="145"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::ComplaintFormat</name>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="8"/>
        <location filename="../../src/app/complaintformat.cpp" line="21"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="9"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="10"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="11"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="12"/>
        <source>Awaiting verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="13"/>
        <location filename="../../src/app/complaintformat.cpp" line="79"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="22"/>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="23"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="24"/>
        <location filename="../../src/app/complaintformat.cpp" line="66"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="25"/>
        <source>Report to customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="26"/>
        <source>Customer accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="27"/>
        <source>Customer rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="28"/>
        <source>Review action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="36"/>
        <source>Phone</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="37"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="38"/>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="39"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="47"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="48"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="49"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="50"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="51"/>
        <source>Other</source>
        <translation type="unfinished">Other</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="58"/>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="58"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="64"/>
        <source>Respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="65"/>
        <location filename="../../src/app/complaintformat.cpp" line="111"/>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="74"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="75"/>
        <source>My department&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="76"/>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="77"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="78"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="87"/>
        <location filename="../../src/app/complaintformat.cpp" line="104"/>
        <source>Category</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="88"/>
        <location filename="../../src/app/complaintformat.cpp" line="112"/>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="89"/>
        <location filename="../../src/app/complaintformat.cpp" line="108"/>
        <source>Product model</source>
        <translation type="unfinished">Product model</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="90"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="91"/>
        <location filename="../../src/app/complaintformat.cpp" line="109"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="103"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="105"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="106"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="107"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="110"/>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="113"/>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="114"/>
        <source>Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="115"/>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="116"/>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="117"/>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="130"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="132"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="133"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="139"/>
        <source>met late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="139"/>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="141"/>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintformat.cpp" line="142"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::ComplaintListModel</name>
    <message>
        <location filename="../../src/app/complaintlistmodel.cpp" line="83"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintlistmodel.cpp" line="84"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintlistmodel.cpp" line="85"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintlistmodel.cpp" line="86"/>
        <source>Category</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintlistmodel.cpp" line="87"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintlistmodel.cpp" line="88"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintlistmodel.cpp" line="89"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintlistmodel.cpp" line="90"/>
        <source>Current target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintlistmodel.cpp" line="91"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::ComplaintPage</name>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="90"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="92"/>
        <location filename="../../src/app/complaintpage.cpp" line="107"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="92"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="92"/>
        <location filename="../../src/app/complaintpage.cpp" line="107"/>
        <location filename="../../src/app/complaintpage.cpp" line="130"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="92"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="105"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="107"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="115"/>
        <source>Add a comment and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="117"/>
        <source>Add &amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="128"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="130"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="130"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="130"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="136"/>
        <source>Add &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="137"/>
        <source>&amp;Open</source>
        <translation type="unfinished">&amp;Open</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="143"/>
        <source>Attach a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="169"/>
        <source>Loading the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="184"/>
        <source>Escalated to the emergency team</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/complaintpage.cpp" line="186"/>
        <source>reopened %n time(s)</source>
        <translation>
            <numerusform>reopened %n time</numerusform>
            <numerusform>reopened %n times</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="193"/>
        <source>Current target: &lt;b&gt;%1&lt;/b&gt; due %2 — &lt;span style=&quot;color:%3&quot;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="197"/>
        <source>Closed %1; corrective action to be reviewed from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="199"/>
        <source>Closed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="201"/>
        <source>Waiting for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="211"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="212"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="213"/>
        <source>Product model</source>
        <translation type="unfinished">Product model</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="214"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="214"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="215"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="216"/>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="217"/>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="218"/>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="219"/>
        <source>Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="233"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="233"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="269"/>
        <source>Loading comments and attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="292"/>
        <source>Taking the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="308"/>
        <source>Adding the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="320"/>
        <location filename="../../src/app/complaintpage.cpp" line="325"/>
        <location filename="../../src/app/complaintpage.cpp" line="334"/>
        <source>Attaching the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="320"/>
        <source>%1 is %2; an attachment may be at most 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="325"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="357"/>
        <location filename="../../src/app/complaintpage.cpp" line="362"/>
        <source>Opening the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="357"/>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintpage.cpp" line="369"/>
        <source>%1 failed: %2
Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::ComplaintRepository</name>
    <message>
        <location filename="../../src/storage/complaintrepository.cpp" line="133"/>
        <source>There is no customer with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintrepository.cpp" line="135"/>
        <source>The customer %1 is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintrepository.cpp" line="145"/>
        <source>The customer %1 has no order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintrepository.cpp" line="207"/>
        <source>There is no department %1 in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintrepository.cpp" line="232"/>
        <source>%1 was changed by someone else; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintrepository.cpp" line="242"/>
        <source>There is no complaint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintrepository.cpp" line="250"/>
        <location filename="../../src/storage/complaintrepository.cpp" line="324"/>
        <source>The complaint no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintrepository.cpp" line="330"/>
        <source>A comment needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintrepository.cpp" line="360"/>
        <source>%1 is %2 MB; an attachment may be at most 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintrepository.cpp" line="365"/>
        <source>An attachment needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintrepository.cpp" line="404"/>
        <source>The attachment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::ComplaintSettings</name>
    <message>
        <location filename="../../src/storage/complaintsettings.cpp" line="75"/>
        <source>A service target is 1 minute to 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintsettings.cpp" line="79"/>
        <source>The review delay is 1 to 3650 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintsettings.cpp" line="130"/>
        <source>A department needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/complaintsettings.cpp" line="132"/>
        <source>The department %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::ComplaintSettingsDialog</name>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="38"/>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="144"/>
        <source>Complaint Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="43"/>
        <source>Service targets (hours from receipt, calendar time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="57"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="70"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="72"/>
        <source>Review corrective actions after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="75"/>
        <source>One name per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="77"/>
        <source>Emergency team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="80"/>
        <source>Responsible departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="85"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="85"/>
        <source>English name</source>
        <translation type="unfinished">English name</translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="95"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="96"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsettingsdialog.cpp" line="144"/>
        <source>The settings were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::ComplaintStepDialog</name>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="42"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="51"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="56"/>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="67"/>
        <source>Responsible &amp;department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="75"/>
        <source>&amp;Handler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="78"/>
        <source>On site at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="85"/>
        <source>Visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="89"/>
        <source>Root &amp;cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="90"/>
        <source>&amp;Handling done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="91"/>
        <source>Corrective &amp;action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="92"/>
        <source>Corrective &amp;action (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="96"/>
        <source>How the customer was &amp;told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="99"/>
        <location filename="../../src/app/complaintstepdialog.cpp" line="111"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="102"/>
        <source>Why the customer is &amp;not satisfied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="107"/>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="108"/>
        <source>Not effective: new corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="109"/>
        <source>The action was:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="112"/>
        <source>New corrective &amp;action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="204"/>
        <source>Who took this step?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="209"/>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="215"/>
        <source>Required when the action was not effective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintstepdialog.cpp" line="220"/>
        <source>Not before the previous step (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::ComplaintWorkflow</name>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="66"/>
        <source>The complaint is %1: &apos;%2&apos; is not allowed; allowed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="74"/>
        <source>The complaint %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="79"/>
        <source>The step needs a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="81"/>
        <source>The step is dated %1, before the previous step (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="85"/>
        <source>The step needs the name of who took it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="89"/>
        <source>Assigning needs the responsible department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="93"/>
        <source>Resolving needs the root cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="95"/>
        <source>Resolving needs what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="97"/>
        <source>A quality complaint needs a corrective action to be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="101"/>
        <source>A rejection needs the customer&apos;s reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="105"/>
        <source>The complaint %1 has no corrective action waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="107"/>
        <source>The corrective action of %1 is reviewed from %2 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="112"/>
        <source>A review says whether the action was effective: yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="114"/>
        <source>An action that was not effective needs a new corrective action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="183"/>
        <source>The channel is one of phone, visit, email, online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="185"/>
        <source>The category is one of quality, delivery, service, price, other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="187"/>
        <source>The severity is normal or major.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="189"/>
        <source>A complaint needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="191"/>
        <source>The complaint needs the time it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/complaintworkflow.cpp" line="193"/>
        <source>The complaint needs the name of who received it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::ComplaintsView</name>
    <message>
        <location filename="../../src/app/complaintsview.cpp" line="49"/>
        <source>&amp;New Complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsview.cpp" line="52"/>
        <source>Log a complaint (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsview.cpp" line="53"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsview.cpp" line="55"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsview.cpp" line="97"/>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsview.cpp" line="99"/>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsview.cpp" line="126"/>
        <location filename="../../src/app/complaintsview.cpp" line="281"/>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsview.cpp" line="126"/>
        <source>The complaints could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsview.cpp" line="196"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsview.cpp" line="306"/>
        <location filename="../../src/app/complaintsview.cpp" line="317"/>
        <source>New Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/complaintsview.cpp" line="317"/>
        <source>The complaint was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::ContactsModel</name>
    <message>
        <location filename="../../src/app/contactsmodel.cpp" line="95"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/app/contactsmodel.cpp" line="96"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/app/contactsmodel.cpp" line="97"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/app/contactsmodel.cpp" line="98"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/app/contactsmodel.cpp" line="99"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/app/contactsmodel.cpp" line="100"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
</context>
<context>
    <name>kehu::CsvReader</name>
    <message>
        <location filename="../../src/domain/csvreader.cpp" line="56"/>
        <source>this is not valid UTF-8 text; if the file comes from Excel on Chinese Windows, import it as GB18030</source>
        <translation>this is not valid UTF-8 text; if the file comes from Excel on Chinese Windows, import it as GB18030</translation>
    </message>
    <message>
        <location filename="../../src/domain/csvreader.cpp" line="71"/>
        <source>this is not valid GB18030 text; if the file is UTF-8, import it as UTF-8</source>
        <translation>this is not valid GB18030 text; if the file is UTF-8, import it as UTF-8</translation>
    </message>
    <message>
        <location filename="../../src/domain/csvreader.cpp" line="91"/>
        <source>the file could not be read: %1</source>
        <translation>the file could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../src/domain/csvreader.cpp" line="93"/>
        <source>the file ends in the middle of a character</source>
        <translation>the file ends in the middle of a character</translation>
    </message>
    <message>
        <location filename="../../src/domain/csvreader.cpp" line="180"/>
        <source>a quoted field starting on this line is never closed</source>
        <translation>a quoted field starting on this line is never closed</translation>
    </message>
</context>
<context>
    <name>kehu::CurrentUserDialog</name>
    <message>
        <location filename="../../src/app/currentuserdialog.cpp" line="16"/>
        <source>My Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/currentuserdialog.cpp" line="18"/>
        <source>Steps you take are recorded under this name, and your queues show the work assigned to you and your department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/currentuserdialog.cpp" line="29"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/currentuserdialog.cpp" line="33"/>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::CustomerClassPanel</name>
    <message>
        <location filename="../../src/app/customerclasspanel.cpp" line="47"/>
        <source>Edit &amp;strategies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/customerclasspanel.cpp" line="49"/>
        <source>The service strategy for each class, shown on every customer&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/customerclasspanel.cpp" line="97"/>
        <source>Class: computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/customerclasspanel.cpp" line="111"/>
        <source>Class: could not be computed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/customerclasspanel.cpp" line="114"/>
        <source>Class: none (archived customers are not classified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/customerclasspanel.cpp" line="123"/>
        <source>Strategy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/customerclasspanel.cpp" line="125"/>
        <source>Strategy: could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/customerclasspanel.cpp" line="135"/>
        <source>Class %1 by %2 over the last 12 months: rank %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::CustomerComplaintsWidget</name>
    <message>
        <location filename="../../src/app/customercomplaintswidget.cpp" line="32"/>
        <source>New Complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/customercomplaintswidget.cpp" line="68"/>
        <source>Complaint rate %1 … %2: %3 complaints, %4 orders — %5 per 100 orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::CustomerListModel</name>
    <message>
        <location filename="../../src/app/customerlistmodel.cpp" line="307"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/customerlistmodel.cpp" line="309"/>
        <source>Not reviewed for %n month(s)</source>
        <translation>
            <numerusform>Not reviewed for %n month</numerusform>
            <numerusform>Not reviewed for %n months</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/customerlistmodel.cpp" line="327"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/app/customerlistmodel.cpp" line="328"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/app/customerlistmodel.cpp" line="329"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/app/customerlistmodel.cpp" line="330"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../src/app/customerlistmodel.cpp" line="331"/>
        <source>Sales center</source>
        <translation>Sales center</translation>
    </message>
    <message>
        <location filename="../../src/app/customerlistmodel.cpp" line="332"/>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <location filename="../../src/app/customerlistmodel.cpp" line="333"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/app/customerlistmodel.cpp" line="334"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/app/customerlistmodel.cpp" line="335"/>
        <source>Sales (12 months)</source>
        <translation>Sales (12 months)</translation>
    </message>
    <message>
        <location filename="../../src/app/customerlistmodel.cpp" line="336"/>
        <source>Profit (12 months)</source>
        <translation>Profit (12 months)</translation>
    </message>
</context>
<context>
    <name>kehu::CustomerPage</name>
    <message>
        <location filename="../../src/app/abcbreakdownmodel.cpp" line="29"/>
        <location filename="../../src/app/customerpage.cpp" line="38"/>
        <source>— not set —</source>
        <translation>— not set —</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="88"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="99"/>
        <location filename="../../src/app/customerpage.cpp" line="101"/>
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="99"/>
        <location filename="../../src/app/customerpage.cpp" line="101"/>
        <location filename="../../src/app/customerpage.cpp" line="102"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="99"/>
        <source>Product model</source>
        <translation>Product model</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="99"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="99"/>
        <location filename="../../src/app/customerpage.cpp" line="101"/>
        <location filename="../../src/app/customerpage.cpp" line="102"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="100"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="100"/>
        <source>Profit</source>
        <translation>Profit</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="100"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="100"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="100"/>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="102"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="102"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="118"/>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="119"/>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="120"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="121"/>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="122"/>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="194"/>
        <source>Figures: the orders could not be read (%1)</source>
        <translation>Figures: the orders could not be read (%1)</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="250"/>
        <location filename="../../src/app/customerpage.cpp" line="455"/>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="252"/>
        <source>Verified by %1 on %2</source>
        <translation>Verified by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="255"/>
        <source>Draft: not yet verified by the customer service center</source>
        <translation>Draft: not yet verified by the customer service center</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="260"/>
        <source>Stale: last reviewed %1</source>
        <translation>Stale: last reviewed %1</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="262"/>
        <source>Archived on %1</source>
        <translation>Archived on %1</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="297"/>
        <source>loading…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="324"/>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="362"/>
        <source>Type an amount such as 1234.56.</source>
        <translation>Type an amount such as 1234.56.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/customerpage.cpp" line="430"/>
        <source>Not saved: fix the %n problem(s) marked in red.</source>
        <translation>
            <numerusform>Not saved: fix the %n problem marked in red.</numerusform>
            <numerusform>Not saved: fix the %n problems marked in red.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="468"/>
        <source>%1 failed: %2
Nothing was changed in the database.</source>
        <translation>%1 failed: %2
Nothing was changed in the database.</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="485"/>
        <source>Checking for duplicates</source>
        <translation>Checking for duplicates</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="492"/>
        <source>Saving the customer</source>
        <translation>Saving the customer</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="496"/>
        <location filename="../../src/app/customerpage.cpp" line="521"/>
        <source>Loading the customer</source>
        <translation>Loading the customer</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="509"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="510"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="537"/>
        <source>Marking the customer verified</source>
        <translation>Marking the customer verified</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="547"/>
        <source>Marking the customer reviewed</source>
        <translation>Marking the customer reviewed</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="555"/>
        <source>Archiving the customer</source>
        <translation>Archiving the customer</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="563"/>
        <source>Restoring the customer</source>
        <translation>Restoring the customer</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="572"/>
        <source>Delete customer</source>
        <translation>Delete customer</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="573"/>
        <source>Delete the draft %1 %2 for good? This cannot be undone.</source>
        <translation>Delete the draft %1 %2 for good? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/app/customerpage.cpp" line="578"/>
        <source>Deleting the customer</source>
        <translation>Deleting the customer</translation>
    </message>
</context>
<context>
    <name>kehu::CustomerRepository</name>
    <message>
        <location filename="../../src/storage/customerrepository.cpp" line="68"/>
        <source>Customer %1 was not saved: %2</source>
        <translation>Customer %1 was not saved: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/customerrepository.cpp" line="112"/>
        <location filename="../../src/storage/customerrepository.cpp" line="141"/>
        <source>The code %1 is already taken by another customer.</source>
        <translation>The code %1 is already taken by another customer.</translation>
    </message>
    <message>
        <location filename="../../src/storage/customerrepository.cpp" line="212"/>
        <location filename="../../src/storage/customerrepository.cpp" line="297"/>
        <location filename="../../src/storage/customerrepository.cpp" line="365"/>
        <source>There is no customer with id %1.</source>
        <translation>There is no customer with id %1.</translation>
    </message>
    <message>
        <location filename="../../src/storage/customerrepository.cpp" line="303"/>
        <source>A verification must name who verified the file.</source>
        <translation>A verification must name who verified the file.</translation>
    </message>
    <message>
        <location filename="../../src/storage/customerrepository.cpp" line="369"/>
        <source>Customer %1 is verified and cannot be deleted; archive it instead.</source>
        <translation>Customer %1 is verified and cannot be deleted; archive it instead.</translation>
    </message>
    <message>
        <location filename="../../src/storage/customerrepository.cpp" line="372"/>
        <source>Customer %1 has orders or service costs and cannot be deleted; archive it instead.</source>
        <translation>Customer %1 has orders or service costs and cannot be deleted; archive it instead.</translation>
    </message>
</context>
<context>
    <name>kehu::CustomerSurveyBox</name>
    <message>
        <location filename="../../src/app/customersurveybox.cpp" line="15"/>
        <source>Satisfaction (latest survey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/customersurveybox.cpp" line="24"/>
        <source>Satisfaction (0–100):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/customersurveybox.cpp" line="25"/>
        <source>Loyalty (0–100):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/customersurveybox.cpp" line="26"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/customersurveybox.cpp" line="38"/>
        <source>%1 (ends %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/customersurveybox.cpp" line="38"/>
        <source>No answered survey yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::CustomerValidator</name>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="47"/>
        <source>A code is required.</source>
        <translation type="unfinished">A code is required.</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="49"/>
        <source>Use 1–32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished">Use 1–32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="51"/>
        <source>A name is required.</source>
        <translation type="unfinished">A name is required.</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="53"/>
        <source>The name is longer than 200 characters.</source>
        <translation type="unfinished">The name is longer than 200 characters.</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="55"/>
        <source>Choose a region.</source>
        <translation type="unfinished">Choose a region.</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="57"/>
        <source>Choose an industry.</source>
        <translation type="unfinished">Choose an industry.</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="59"/>
        <source>This does not look like a phone number.</source>
        <translation type="unfinished">This does not look like a phone number.</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="61"/>
        <source>The number of employees cannot be negative.</source>
        <translation type="unfinished">The number of employees cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="63"/>
        <source>Annual sales cannot be negative.</source>
        <translation type="unfinished">Annual sales cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="65"/>
        <source>Payment terms are 0 to 365 days.</source>
        <translation type="unfinished">Payment terms are 0 to 365 days.</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="67"/>
        <source>The start of cooperation cannot be in the future.</source>
        <translation type="unfinished">The start of cooperation cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="69"/>
        <source>The review date cannot be in the future.</source>
        <translation type="unfinished">The review date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="71"/>
        <source>A verified file names who verified it.</source>
        <translation type="unfinished">A verified file names who verified it.</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="77"/>
        <source>Contact %1 has no name.</source>
        <translation type="unfinished">Contact %1 has no name.</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="79"/>
        <source>Contact %1: this does not look like a phone number.</source>
        <translation type="unfinished">Contact %1: this does not look like a phone number.</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="81"/>
        <source>Contact %1: this does not look like an e-mail address.</source>
        <translation type="unfinished">Contact %1: this does not look like an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../src/domain/customervalidator.cpp" line="85"/>
        <source>Competitor %1 has no name.</source>
        <translation type="unfinished">Competitor %1 has no name.</translation>
    </message>
</context>
<context>
    <name>kehu::Database</name>
    <message>
        <location filename="../../src/storage/database.cpp" line="77"/>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished">Cannot create the folder %1 for the database.</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="82"/>
        <source>Cannot create the database %1: %2</source>
        <translation type="unfinished">Cannot create the database %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="101"/>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="138"/>
        <source>%1 is a folder, not a Kehu database.</source>
        <translation>%1 is a folder, not a Kehu database.</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="140"/>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 cannot be read: permission denied.</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="144"/>
        <source>%1 is not a Kehu database: it is not an SQLite file.</source>
        <translation>%1 is not a Kehu database: it is not an SQLite file.</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="149"/>
        <location filename="../../src/storage/database.cpp" line="201"/>
        <source>%1 is an SQLite database of another program, not a Kehu file.</source>
        <translation>%1 is an SQLite database of another program, not a Kehu file.</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="151"/>
        <location filename="../../src/storage/database.cpp" line="203"/>
        <source>%1 was written by a newer version of Kehu (schema %2; this version reads up to %3). Update Kehu to open it.</source>
        <translation>%1 was written by a newer version of Kehu (schema %2; this version reads up to %3). Update Kehu to open it.</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="158"/>
        <source>%1 is read-only. Kehu needs to write to its database; make the file writable or copy it somewhere you can write.</source>
        <translation>%1 is read-only. Kehu needs to write to its database; make the file writable or copy it somewhere you can write.</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="161"/>
        <source>The folder of %1 is read-only. Kehu needs to create its journal files beside the database.</source>
        <translation>The folder of %1 is read-only. Kehu needs to create its journal files beside the database.</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="174"/>
        <source>Cannot open %1.</source>
        <translation>Cannot open %1.</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="192"/>
        <source>%1 is locked by another program. Close it there, or wait, and try again.</source>
        <translation>%1 is locked by another program. Close it there, or wait, and try again.</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="194"/>
        <source>%1 is damaged or is not a Kehu database.</source>
        <translation>%1 is damaged or is not a Kehu database.</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="216"/>
        <source>Cannot switch %1 to write-ahead logging.</source>
        <translation>Cannot switch %1 to write-ahead logging.</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="249"/>
        <source>integrity: %1</source>
        <translation>integrity: %1</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="253"/>
        <source>foreign key: row %1 of %2 refers to a missing row of %3</source>
        <translation>foreign key: row %1 of %2 refers to a missing row of %3</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="259"/>
        <source>the file is not marked as a Kehu database</source>
        <translation>the file is not marked as a Kehu database</translation>
    </message>
    <message>
        <location filename="../../src/storage/database.cpp" line="261"/>
        <source>schema version %1, expected %2</source>
        <translation>schema version %1, expected %2</translation>
    </message>
</context>
<context>
    <name>kehu::DatabaseSettings</name>
    <message>
        <location filename="../../src/storage/databasesettings.cpp" line="28"/>
        <source>The review period is 1 to 120 months.</source>
        <translation>The review period is 1 to 120 months.</translation>
    </message>
</context>
<context>
    <name>kehu::DemoDataGenerator</name>
    <message>
        <location filename="../../src/storage/demodatagenerator.cpp" line="151"/>
        <source>%1 already holds customers; demo data goes into a new, empty database.</source>
        <translation>%1 already holds customers; demo data goes into a new, empty database.</translation>
    </message>
    <message>
        <location filename="../../src/storage/demodatagenerator.cpp" line="378"/>
        <source>Demo data refers to missing rows; nothing was written.</source>
        <translation>Demo data refers to missing rows; nothing was written.</translation>
    </message>
</context>
<context>
    <name>kehu::DueFollowUpsModel</name>
    <message>
        <location filename="../../src/app/duefollowupsmodel.cpp" line="68"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/duefollowupsmodel.cpp" line="81"/>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <location filename="../../src/app/duefollowupsmodel.cpp" line="82"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../src/app/duefollowupsmodel.cpp" line="83"/>
        <source>Account manager</source>
        <translation type="unfinished">Account manager</translation>
    </message>
    <message>
        <location filename="../../src/app/duefollowupsmodel.cpp" line="84"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/duefollowupsmodel.cpp" line="85"/>
        <source>Last follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/duefollowupsmodel.cpp" line="86"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/duefollowupsmodel.cpp" line="87"/>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::DueFollowUpsPanel</name>
    <message>
        <location filename="../../src/app/duefollowupspanel.cpp" line="167"/>
        <source>%1: %2 follow-ups due this week or earlier, %3 of them overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::DuplicatePrompt</name>
    <message>
        <location filename="../../src/app/duplicateprompt.cpp" line="13"/>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <location filename="../../src/app/duplicateprompt.cpp" line="15"/>
        <source>same phone</source>
        <translation>same phone</translation>
    </message>
    <message>
        <location filename="../../src/app/duplicateprompt.cpp" line="23"/>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../src/app/duplicateprompt.cpp" line="24"/>
        <source>These customers look like the same company:</source>
        <translation>These customers look like the same company:</translation>
    </message>
    <message>
        <location filename="../../src/app/duplicateprompt.cpp" line="27"/>
        <source>Save the new customer anyway?</source>
        <translation>Save the new customer anyway?</translation>
    </message>
    <message>
        <location filename="../../src/app/duplicateprompt.cpp" line="28"/>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
</context>
<context>
    <name>kehu::Export</name>
    <message>
        <location filename="../../src/storage/exporter.cpp" line="109"/>
        <location filename="../../src/storage/exporter.cpp" line="117"/>
        <source>%1 cannot be written: %2.</source>
        <translation type="unfinished">%1 cannot be written: %2.</translation>
    </message>
    <message>
        <location filename="../../src/storage/exporter.cpp" line="162"/>
        <source>The export file cannot be written: %1.</source>
        <translation type="unfinished">The export file cannot be written: %1.</translation>
    </message>
</context>
<context>
    <name>kehu::ExportDialog</name>
    <message>
        <location filename="../../src/app/exportdialog.cpp" line="21"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/exportdialog.cpp" line="28"/>
        <source>&amp;Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/exportdialog.cpp" line="30"/>
        <source>Only the customers in the list (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/exportdialog.cpp" line="40"/>
        <source>GB18030 (Excel on Chinese Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/exportdialog.cpp" line="41"/>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/exportdialog.cpp" line="42"/>
        <source>Start with a byte order mark, so that Excel recognises UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/exportdialog.cpp" line="50"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/exportdialog.cpp" line="53"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/exportdialog.cpp" line="56"/>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/exportdialog.cpp" line="73"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/exportdialog.cpp" line="74"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::FilterBar</name>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="18"/>
        <source>Find by code, name, phone or contact…</source>
        <translation>Find by code, name, phone or contact…</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="22"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="23"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="24"/>
        <source>Sales center</source>
        <translation>Sales center</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="25"/>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="26"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="27"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="28"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="30"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="35"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="38"/>
        <source>Reviewed or not</source>
        <translation>Reviewed or not</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="39"/>
        <source>Stale only</source>
        <translation>Stale only</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="40"/>
        <source>Up to date only</source>
        <translation>Up to date only</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="49"/>
        <source>Clear segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="50"/>
        <source>Show every customer again, not only the segment&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="79"/>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../src/app/filterbar.cpp" line="107"/>
        <source>Segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::FollowUp</name>
    <message>
        <location filename="../../src/domain/followup.cpp" line="40"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/followup.cpp" line="42"/>
        <source>Phone</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <location filename="../../src/domain/followup.cpp" line="46"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/followup.cpp" line="53"/>
        <source>Give the date of the follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/followup.cpp" line="55"/>
        <source>Give who followed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/followup.cpp" line="57"/>
        <source>Say what was discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/followup.cpp" line="60"/>
        <source>The next follow-up (%1) cannot be before this one (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::FollowUpCadenceDialog</name>
    <message>
        <location filename="../../src/app/followupcadencedialog.cpp" line="16"/>
        <source>Follow-up Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followupcadencedialog.cpp" line="18"/>
        <source>Days from one follow-up of a customer to the next, by the customer&apos;s ABC class. A next date logged with a follow-up takes precedence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followupcadencedialog.cpp" line="24"/>
        <source>&amp;A customers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followupcadencedialog.cpp" line="24"/>
        <source>&amp;B customers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followupcadencedialog.cpp" line="24"/>
        <source>&amp;C customers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followupcadencedialog.cpp" line="29"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::FollowUpDialog</name>
    <message>
        <location filename="../../src/app/followupdialog.cpp" line="34"/>
        <source>Add follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followupdialog.cpp" line="42"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followupdialog.cpp" line="49"/>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followupdialog.cpp" line="58"/>
        <source>&amp;Staff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followupdialog.cpp" line="66"/>
        <source>A contact on file, or any name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followupdialog.cpp" line="67"/>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followupdialog.cpp" line="72"/>
        <source>What was discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followupdialog.cpp" line="78"/>
        <source>Co&amp;ntent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followupdialog.cpp" line="82"/>
        <source>What came of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followupdialog.cpp" line="83"/>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followupdialog.cpp" line="85"/>
        <source>&amp;Next follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followupdialog.cpp" line="99"/>
        <source>Without a date, the cadence of the customer&apos;s class decides.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::FollowUpLogModel</name>
    <message>
        <location filename="../../src/app/followuplogmodel.cpp" line="56"/>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <location filename="../../src/app/followuplogmodel.cpp" line="57"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followuplogmodel.cpp" line="58"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followuplogmodel.cpp" line="59"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followuplogmodel.cpp" line="60"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followuplogmodel.cpp" line="61"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followuplogmodel.cpp" line="62"/>
        <source>Next date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::FollowUpPanel</name>
    <message>
        <location filename="../../src/app/followuppanel.cpp" line="40"/>
        <source>&amp;Add follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followuppanel.cpp" line="43"/>
        <source>Latest first. Visits, calls and online meetings with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followuppanel.cpp" line="107"/>
        <source>Last follow-up: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followuppanel.cpp" line="110"/>
        <source>Last follow-up: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followuppanel.cpp" line="114"/>
        <source>archived: none due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followuppanel.cpp" line="116"/>
        <source>next due: computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followuppanel.cpp" line="118"/>
        <source>next due: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/followuppanel.cpp" line="120"/>
        <source>next due: %1, overdue by %n day(s)</source>
        <translation>
            <numerusform>next due: %1, overdue by %n day</numerusform>
            <numerusform>next due: %1, overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/followuppanel.cpp" line="122"/>
        <source>next due: %1 (class %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followuppanel.cpp" line="150"/>
        <source>Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followuppanel.cpp" line="151"/>
        <source>The follow-up was not logged: %1
Nothing was changed in the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::FollowUpRepository</name>
    <message>
        <location filename="../../src/storage/followuprepository.cpp" line="48"/>
        <source>There is no customer with id %1.</source>
        <translation type="unfinished">There is no customer with id %1.</translation>
    </message>
    <message>
        <location filename="../../src/storage/followuprepository.cpp" line="51"/>
        <source>The customer is archived; restore it before logging a follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::FollowUpSettings</name>
    <message>
        <location filename="../../src/storage/followupsettings.cpp" line="51"/>
        <source>A follow-up cadence is %1 to %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::FollowUpsView</name>
    <message>
        <location filename="../../src/app/followupsview.cpp" line="39"/>
        <source>All account managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followupsview.cpp" line="42"/>
        <source>(no account manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followupsview.cpp" line="43"/>
        <source>&amp;Account manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followupsview.cpp" line="45"/>
        <source>&amp;Only overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followupsview.cpp" line="47"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followupsview.cpp" line="95"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/followupsview.cpp" line="140"/>
        <source>%1 due by %2, %3 of them overdue, as of %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::Import</name>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="47"/>
        <location filename="../../src/domain/surveyresponseparser.cpp" line="66"/>
        <source>field %1</source>
        <translation type="unfinished">field %1</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="48"/>
        <location filename="../../src/domain/surveyresponseparser.cpp" line="67"/>
        <source>this line has %1 fields but the header has %2; is a value with a comma not in quotes?</source>
        <translation type="unfinished">this line has %1 fields but the header has %2; is a value with a comma not in quotes?</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="81"/>
        <location filename="../../src/domain/surveyresponseparser.cpp" line="73"/>
        <source>a value is required</source>
        <translation type="unfinished">a value is required</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="96"/>
        <source>a date is required</source>
        <translation type="unfinished">a date is required</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="101"/>
        <source>&apos;%1&apos; is not a date (use 2024-03-05, 2024/3/5 or 2024.3.5)</source>
        <translation type="unfinished">&apos;%1&apos; is not a date (use 2024-03-05, 2024/3/5 or 2024.3.5)</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="111"/>
        <source>&apos;%1&apos; is neither a year nor a date (use 2015 or 2015-03-05)</source>
        <translation type="unfinished">&apos;%1&apos; is neither a year nor a date (use 2015 or 2015-03-05)</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="121"/>
        <source>&apos;%1&apos; is not a date and time (use 2024-03-05T08:30:00Z or 2024-03-05)</source>
        <translation type="unfinished">&apos;%1&apos; is not a date and time (use 2024-03-05T08:30:00Z or 2024-03-05)</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="129"/>
        <source>a number is required</source>
        <translation type="unfinished">a number is required</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="134"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation type="unfinished">&apos;%1&apos; is not a whole number</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="142"/>
        <source>an amount is required</source>
        <translation type="unfinished">an amount is required</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="147"/>
        <source>&apos;%1&apos; is not an amount (use 1234.56, 1,234.56 or ¥1,234.56)</source>
        <translation type="unfinished">&apos;%1&apos; is not an amount (use 1234.56, 1,234.56 or ¥1,234.56)</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="163"/>
        <source>a value is required (one of: %1)</source>
        <translation type="unfinished">a value is required (one of: %1)</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="172"/>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation type="unfinished">&apos;%1&apos; is not one of: %2</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="268"/>
        <source>&apos;%1&apos; does not look like a phone number</source>
        <translation type="unfinished">&apos;%1&apos; does not look like a phone number</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="271"/>
        <source>&apos;%1&apos; does not look like an e-mail address</source>
        <translation type="unfinished">&apos;%1&apos; does not look like an e-mail address</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="287"/>
        <source>the quantity cannot be negative (%1)</source>
        <translation type="unfinished">the quantity cannot be negative (%1)</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="292"/>
        <source>the due date %1 is before the order date %2</source>
        <translation type="unfinished">the due date %1 is before the order date %2</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="307"/>
        <source>a payment must be above zero, not %1</source>
        <translation type="unfinished">a payment must be above zero, not %1</translation>
    </message>
    <message>
        <location filename="../../src/domain/importrowparser.cpp" line="322"/>
        <source>a service cost cannot be negative (%1)</source>
        <translation type="unfinished">a service cost cannot be negative (%1)</translation>
    </message>
    <message>
        <location filename="../../src/storage/importer.cpp" line="48"/>
        <location filename="../../src/storage/importer.cpp" line="115"/>
        <location filename="../../src/storage/surveyresponseimporter.cpp" line="57"/>
        <location filename="../../src/storage/surveyresponseimporter.cpp" line="72"/>
        <source>%1 is empty.</source>
        <translation type="unfinished">%1 is empty.</translation>
    </message>
    <message>
        <location filename="../../src/storage/importer.cpp" line="50"/>
        <source>%1 is an Excel workbook, not a CSV file; save it from Excel as &quot;CSV UTF-8&quot; and import that.</source>
        <translation type="unfinished">%1 is an Excel workbook, not a CSV file; save it from Excel as &quot;CSV UTF-8&quot; and import that.</translation>
    </message>
    <message>
        <location filename="../../src/storage/importer.cpp" line="52"/>
        <source>%1 is saved as Unicode (UTF-16) text; save it as &quot;CSV UTF-8&quot; and import that.</source>
        <translation type="unfinished">%1 is saved as Unicode (UTF-16) text; save it as &quot;CSV UTF-8&quot; and import that.</translation>
    </message>
    <message>
        <location filename="../../src/storage/importer.cpp" line="54"/>
        <source>%1 is not a CSV file: it holds binary data.</source>
        <translation type="unfinished">%1 is not a CSV file: it holds binary data.</translation>
    </message>
    <message>
        <location filename="../../src/storage/importer.cpp" line="56"/>
        <source>%1 is not a CSV file: its text is neither UTF-8 nor GB18030.</source>
        <translation type="unfinished">%1 is not a CSV file: its text is neither UTF-8 nor GB18030.</translation>
    </message>
    <message>
        <location filename="../../src/storage/importer.cpp" line="89"/>
        <location filename="../../src/storage/surveyresponseimporter.cpp" line="53"/>
        <source>%1 cannot be opened: %2.</source>
        <translation type="unfinished">%1 cannot be opened: %2.</translation>
    </message>
    <message>
        <location filename="../../src/storage/importer.cpp" line="114"/>
        <location filename="../../src/storage/surveyresponseimporter.cpp" line="71"/>
        <source>%1 cannot be read: line %2: %3.</source>
        <translation type="unfinished">%1 cannot be read: line %2: %3.</translation>
    </message>
    <message>
        <location filename="../../src/storage/importer.cpp" line="131"/>
        <source>%1 does not look like a CSV file of %2: its first line names none of the columns %3.</source>
        <translation type="unfinished">%1 does not look like a CSV file of %2: its first line names none of the columns %3.</translation>
    </message>
    <message>
        <location filename="../../src/storage/importer.cpp" line="135"/>
        <source>%1 lacks the required column(s) %2: the first line must name them.</source>
        <translation type="unfinished">%1 lacks the required column(s) %2: the first line must name them.</translation>
    </message>
    <message>
        <location filename="../../src/storage/importer.cpp" line="219"/>
        <location filename="../../src/storage/surveyresponseimporter.cpp" line="80"/>
        <source>ignored columns: %1</source>
        <translation type="unfinished">ignored columns: %1</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="93"/>
        <source>there is no customer with the code %1 in the database; import the customers first</source>
        <translation type="unfinished">there is no customer with the code %1 in the database; import the customers first</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="98"/>
        <source>(import in upsert mode to update it)</source>
        <translation type="unfinished">(import in upsert mode to update it)</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="204"/>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="205"/>
        <source>%1 new account managers added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="288"/>
        <source>&apos;%1&apos; is not in the list; use one of: %2</source>
        <translation type="unfinished">&apos;%1&apos; is not in the list; use one of: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="325"/>
        <source>the database refused this customer</source>
        <translation type="unfinished">the database refused this customer</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="342"/>
        <source>customer %1 is already in the database %2</source>
        <translation type="unfinished">customer %1 is already in the database %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="345"/>
        <source>customer %1 appears twice in the file: also on line %2</source>
        <translation type="unfinished">customer %1 appears twice in the file: also on line %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="396"/>
        <source>contact %1 of customer %2 appears twice in the file: also on line %3</source>
        <translation type="unfinished">contact %1 of customer %2 appears twice in the file: also on line %3</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="405"/>
        <source>customer %1 already has a contact named %2 %3</source>
        <translation type="unfinished">customer %1 already has a contact named %2 %3</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="417"/>
        <source>the database refused this contact</source>
        <translation type="unfinished">the database refused this contact</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="610"/>
        <source>the database refused this order</source>
        <translation type="unfinished">the database refused this order</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="621"/>
        <source>order %1 is already in the database %2</source>
        <translation type="unfinished">order %1 is already in the database %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="624"/>
        <source>order %1 appears twice in the file: also on line %2</source>
        <translation type="unfinished">order %1 appears twice in the file: also on line %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="668"/>
        <source>there is no order %1 in the database; import the orders first</source>
        <translation type="unfinished">there is no order %1 in the database; import the orders first</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="681"/>
        <source>the database refused this payment</source>
        <translation type="unfinished">the database refused this payment</translation>
    </message>
    <message>
        <location filename="../../src/storage/importtargets.cpp" line="738"/>
        <source>the database refused this service cost</source>
        <translation type="unfinished">the database refused this service cost</translation>
    </message>
    <message>
        <location filename="../../src/domain/surveyresponseparser.cpp" line="55"/>
        <source>the first line must name the column customer_code (客户编码)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/surveyresponseparser.cpp" line="57"/>
        <source>the first line names none of the template&apos;s items %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/surveyresponseparser.cpp" line="90"/>
        <source>&apos;%1&apos; is not a score from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyresponseimporter.cpp" line="48"/>
        <source>There is no campaign named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyresponseimporter.cpp" line="60"/>
        <source>%1 is not a CSV file of UTF-8 or GB18030 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyresponseimporter.cpp" line="107"/>
        <source>customer %1 is not targeted by the campaign %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyresponseimporter.cpp" line="108"/>
        <source>there is no customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyresponseimporter.cpp" line="113"/>
        <source>customer %1 already has a row on line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::ImportCheckPage</name>
    <message>
        <location filename="../../src/app/importcheckpage.cpp" line="21"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importcheckpage.cpp" line="22"/>
        <source>Every row is checked before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importcheckpage.cpp" line="47"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importcheckpage.cpp" line="68"/>
        <source>The database could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importcheckpage.cpp" line="72"/>
        <source>%1 error(s) in %2 rows; nothing will be written. Fix the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importcheckpage.cpp" line="78"/>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importcheckpage.cpp" line="82"/>
        <source>No errors in %1 rows: %2 to add, %3 to update. Click Next to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::ImportFormatPage</name>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="32"/>
        <source>Format and columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="33"/>
        <source>Check how the file is read and which column each field goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="42"/>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="43"/>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="44"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="45"/>
        <source>Vertical bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="46"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="48"/>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="62"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="62"/>
        <source>Field of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="117"/>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="121"/>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importformatpage.cpp" line="163"/>
        <source>Choose a field for the required column(s): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::ImportRunPage</name>
    <message>
        <location filename="../../src/app/importrunpage.cpp" line="20"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importrunpage.cpp" line="26"/>
        <source>&amp;Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importrunpage.cpp" line="46"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importrunpage.cpp" line="63"/>
        <source>The import failed: %1
Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importrunpage.cpp" line="65"/>
        <source>The import was cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importrunpage.cpp" line="67"/>
        <source>The import was refused (%1 error(s)). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importrunpage.cpp" line="71"/>
        <source>Imported %1 rows: %2 added, %3 updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::ImportSourcePage</name>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="23"/>
        <source>Customers</source>
        <translation type="unfinished">Customers</translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="24"/>
        <source>Contacts</source>
        <translation type="unfinished">Contacts</translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="25"/>
        <source>Orders</source>
        <translation type="unfinished">Orders</translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="26"/>
        <source>Payments</source>
        <translation type="unfinished">Payments</translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="27"/>
        <source>Service costs</source>
        <translation type="unfinished">Service costs</translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="36"/>
        <source>What to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="37"/>
        <source>One kind of record per CSV file, as described in the import format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="45"/>
        <source>&amp;Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="50"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="53"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="58"/>
        <source>&amp;Add new records only; a key already in the database is an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="59"/>
        <source>Add new records and &amp;update those whose key exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="68"/>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="79"/>
        <source>Import file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/importsourcepage.cpp" line="80"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::ImportWizard</name>
    <message>
        <location filename="../../src/app/importwizard.cpp" line="15"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::ListsDialog</name>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="30"/>
        <location filename="../../src/app/listsdialog.cpp" line="87"/>
        <location filename="../../src/app/listsdialog.cpp" line="97"/>
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="34"/>
        <source>Sales centers</source>
        <translation>Sales centers</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="35"/>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="36"/>
        <source>Industries</source>
        <translation>Industries</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="37"/>
        <source>Account managers</source>
        <translation>Account managers</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="53"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="53"/>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="55"/>
        <source>Sales center</source>
        <translation>Sales center</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="69"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="70"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="87"/>
        <source>%1 failed: %2
The list was not changed.</source>
        <translation>%1 failed: %2
The list was not changed.</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="118"/>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="137"/>
        <source>Changing %1</source>
        <translation>Changing %1</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="144"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="144"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="149"/>
        <source>Adding %1</source>
        <translation>Adding %1</translation>
    </message>
    <message>
        <location filename="../../src/app/listsdialog.cpp" line="160"/>
        <source>Removing %1</source>
        <translation>Removing %1</translation>
    </message>
</context>
<context>
    <name>kehu::MainActions</name>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="15"/>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="16"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="19"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="21"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="23"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="26"/>
        <source>&amp;New customer</source>
        <translation>&amp;New customer</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="29"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="32"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="37"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="40"/>
        <source>&amp;Close tab</source>
        <translation>&amp;Close tab</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="42"/>
        <source>Mark &amp;verified</source>
        <translation>Mark &amp;verified</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="44"/>
        <source>Mark &amp;reviewed today</source>
        <translation>Mark &amp;reviewed today</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="45"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="46"/>
        <source>R&amp;estore</source>
        <translation>R&amp;estore</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="47"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="50"/>
        <source>Show &amp;archived</source>
        <translation>Show &amp;archived</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="52"/>
        <source>&amp;Segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="55"/>
        <source>C&amp;omplaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="58"/>
        <source>Sat&amp;isfaction surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="63"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="70"/>
        <source>&amp;Review period…</source>
        <translation>&amp;Review period…</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="71"/>
        <source>&amp;Lists…</source>
        <translation>&amp;Lists…</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="72"/>
        <source>My &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="73"/>
        <source>&amp;About Kehu</source>
        <translation>&amp;About Kehu</translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="75"/>
        <source>S&amp;corecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="78"/>
        <source>&amp;Follow-up cadence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/mainactions.cpp" line="79"/>
        <source>&amp;Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::MainWindow</name>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="91"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="99"/>
        <source>Loading all customers…</source>
        <translation>Loading all customers…</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="165"/>
        <source>The full list could not be loaded: %1</source>
        <translation>The full list could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="173"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="176"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="185"/>
        <source>&amp;Customer</source>
        <translation>&amp;Customer</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="192"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="201"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="202"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="209"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="212"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="255"/>
        <source>Marking the customer verified</source>
        <translation>Marking the customer verified</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="260"/>
        <source>Marking the customer reviewed</source>
        <translation>Marking the customer reviewed</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="264"/>
        <source>Archiving the customer</source>
        <translation>Archiving the customer</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="268"/>
        <source>Restoring the customer</source>
        <translation>Restoring the customer</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="307"/>
        <source>Follow-up cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="345"/>
        <location filename="../../src/app/mainwindow.cpp" line="375"/>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="376"/>
        <source>No database is open. What would you like to do?</source>
        <translation>No database is open. What would you like to do?</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="379"/>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="380"/>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="381"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="385"/>
        <location filename="../../src/app/mainwindow.cpp" line="928"/>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="387"/>
        <location filename="../../src/app/mainwindow.cpp" line="915"/>
        <location filename="../../src/app/mainwindow.cpp" line="919"/>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="402"/>
        <source>Cannot read the lists</source>
        <translation>Cannot read the lists</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="454"/>
        <source>%1 of %2 customers</source>
        <translation>%1 of %2 customers</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="462"/>
        <source>No customers yet.
Add one with Customer ▸ New customer (%1), or bring in a file with File ▸ Import… (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="466"/>
        <source>No customer matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="528"/>
        <source>no database</source>
        <translation>no database</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="529"/>
        <source>%1 — Kehu</source>
        <translation>%1 — Kehu</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="572"/>
        <source>Cannot open the customer</source>
        <translation>Cannot open the customer</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="623"/>
        <source>Segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="654"/>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="667"/>
        <source>Surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="688"/>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="710"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="747"/>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="747"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="766"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="766"/>
        <source>%1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="769"/>
        <source>Export cancelled; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="770"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="772"/>
        <source>%1 rows exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="896"/>
        <source>%1 failed: %2
Nothing was changed in the database.</source>
        <translation>%1 failed: %2
Nothing was changed in the database.</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="920"/>
        <source>%1 already exists. Choose a new file name; existing files are opened with Open….</source>
        <translation>%1 already exists. Choose a new file name; existing files are opened with Open….</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="936"/>
        <location filename="../../src/app/mainwindow.cpp" line="944"/>
        <source>Review period</source>
        <translation>Review period</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="937"/>
        <source>A customer file not reviewed for this many months is stale:</source>
        <translation>A customer file not reviewed for this many months is stale:</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="964"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="964"/>
        <source>The new language takes effect when Kehu is restarted.</source>
        <translation>The new language takes effect when Kehu is restarted.</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="969"/>
        <source>About Kehu</source>
        <translation>About Kehu</translation>
    </message>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="970"/>
        <source>&lt;h3&gt;Kehu %1&lt;/h3&gt;&lt;p&gt;Customer files for B2B manufacturers: one place for every customer, its contacts, orders and payments.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kehu %1&lt;/h3&gt;&lt;p&gt;Customer files for B2B manufacturers: one place for every customer, its contacts, orders and payments.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kehu::NewComplaintDialog</name>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="35"/>
        <source>New Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="42"/>
        <source>Code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="51"/>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="61"/>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="66"/>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="70"/>
        <source>Major — escalate to the emergency team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="71"/>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="76"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="81"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="82"/>
        <source>&amp;Order no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="84"/>
        <source>Optional; the order&apos;s when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="85"/>
        <source>&amp;Product model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="89"/>
        <source>&amp;Received at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="91"/>
        <source>Received &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="146"/>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="147"/>
        <source>No customer with this code or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/newcomplaintdialog.cpp" line="153"/>
        <source>Required: what the customer says.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::ParetoChartView</name>
    <message>
        <location filename="../../src/app/paretochartview.cpp" line="40"/>
        <source>#%1 %2
%3: %4
Cumulative share: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/paretochartview.cpp" line="44"/>
        <source>Ranks %1–%2 (%3 customers: A %4, B %5, C %6)
%7: %8
Cumulative share: %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/paretochartview.cpp" line="76"/>
        <source>Pareto chart: %1 customers ranked by %2, in %3 groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/paretochartview.cpp" line="79"/>
        <source>Pareto chart: %1 customers ranked by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/paretochartview.cpp" line="95"/>
        <location filename="../../src/app/paretochartview.cpp" line="132"/>
        <source>Cumulative share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/paretochartview.cpp" line="122"/>
        <source>%1 (10 000 yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/paretochartview.cpp" line="140"/>
        <source>A limit %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/paretochartview.cpp" line="141"/>
        <source>B limit %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::ReferenceListRepository</name>
    <message>
        <location filename="../../src/storage/referencelistrepository.cpp" line="68"/>
        <location filename="../../src/storage/referencelistrepository.cpp" line="95"/>
        <source>A list entry needs a name.</source>
        <translation>A list entry needs a name.</translation>
    </message>
    <message>
        <location filename="../../src/storage/referencelistrepository.cpp" line="75"/>
        <location filename="../../src/storage/referencelistrepository.cpp" line="103"/>
        <source>The list already has an entry named %1.</source>
        <translation>The list already has an entry named %1.</translation>
    </message>
    <message>
        <location filename="../../src/storage/referencelistrepository.cpp" line="110"/>
        <source>The list entry no longer exists.</source>
        <translation>The list entry no longer exists.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storage/referencelistrepository.cpp" line="135"/>
        <source>%n customer(s) still use this entry; move them to another first.</source>
        <translation>
            <numerusform>%n customer still use this entry; move them to another first.</numerusform>
            <numerusform>%n customers still use this entry; move them to another first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kehu::ScorecardModel</name>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="34"/>
        <source>(no account manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="141"/>
        <source>What the cadence of each customer&apos;s class asks for in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="142"/>
        <source>Customers whose follow-up was overdue on the period&apos;s last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="143"/>
        <source>Complaints received in the period on the manager&apos;s customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="144"/>
        <source>Mean hours from receipt to closing, of the complaints closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="145"/>
        <source>Share of the complaints reported to the customer that the customer reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="147"/>
        <source>Mean over the customers&apos; latest answered surveys, 0–100; — when none answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="152"/>
        <source>Account manager</source>
        <translation type="unfinished">Account manager</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="153"/>
        <source>Customers</source>
        <translation type="unfinished">Customers</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="154"/>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="155"/>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="156"/>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="157"/>
        <source>Sales</source>
        <translation type="unfinished">Sales</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="158"/>
        <source>Profit</source>
        <translation type="unfinished">Profit</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="159"/>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="160"/>
        <source>Follow-ups done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="161"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="162"/>
        <source>Done %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="163"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="164"/>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="165"/>
        <source>Resolution (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="166"/>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="167"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardmodel.cpp" line="168"/>
        <source>Loyalty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::ScorecardView</name>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="75"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="77"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="79"/>
        <source>Last 12 months</source>
        <translation type="unfinished">Last 12 months</translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="80"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="85"/>
        <source>Chart: sales and profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="86"/>
        <source>Chart: follow-ups done and due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="89"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="89"/>
        <source>UTF-8 with BOM (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="89"/>
        <source>GB18030 (Excel, Chinese Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="91"/>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="189"/>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="194"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="228"/>
        <source>The scorecard could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/scorecardview.cpp" line="235"/>
        <source>%n account manager(s), %1 – %2</source>
        <translation>
            <numerusform>%n account manager, %1 – %2</numerusform>
            <numerusform>%n account managers, %1 – %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="249"/>
        <source>Sales (10k yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="249"/>
        <source>Follow-ups done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="250"/>
        <source>Profit (10k yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="250"/>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="282"/>
        <source>The first %1 of %2 account managers, in the table&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="290"/>
        <source>scorecard-%1-%2.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="291"/>
        <location filename="../../src/app/scorecardview.cpp" line="317"/>
        <source>Export the scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="291"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/scorecardview.cpp" line="312"/>
        <source>%n manager(s) exported to %1.</source>
        <translation>
            <numerusform>%n manager exported to %1.</numerusform>
            <numerusform>%n managers exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/scorecardview.cpp" line="317"/>
        <source>%1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::SegmentationExporter</name>
    <message>
        <location filename="../../src/app/segmentationexporter.cpp" line="39"/>
        <source>%1 cannot be written: %2.</source>
        <translation type="unfinished">%1 cannot be written: %2.</translation>
    </message>
</context>
<context>
    <name>kehu::SegmentationSummaryModel</name>
    <message>
        <location filename="../../src/app/abcbreakdownmodel.cpp" line="44"/>
        <location filename="../../src/app/segmentationsummarymodel.cpp" line="71"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationsummarymodel.cpp" line="78"/>
        <source>Click to show these customers in the customer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationsummarymodel.cpp" line="90"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/abcbreakdownmodel.cpp" line="141"/>
        <location filename="../../src/app/abcsharechartview.cpp" line="76"/>
        <location filename="../../src/app/segmentationsummarymodel.cpp" line="91"/>
        <source>Customers</source>
        <translation type="unfinished">Customers</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationsummarymodel.cpp" line="92"/>
        <source>Share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationsummarymodel.cpp" line="93"/>
        <source>Sales</source>
        <translation type="unfinished">Sales</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationsummarymodel.cpp" line="94"/>
        <source>Share of sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationsummarymodel.cpp" line="95"/>
        <source>Profit</source>
        <translation type="unfinished">Profit</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationsummarymodel.cpp" line="96"/>
        <source>Share of profit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::SegmentationView</name>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="92"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="97"/>
        <source>The segmentation could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="128"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="130"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="138"/>
        <source>Rank by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="168"/>
        <source>A: the customers whose cumulative share before them is below this limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="169"/>
        <source>B: the customers whose cumulative share before them is below this limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="171"/>
        <source>A limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="173"/>
        <source>B limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/abcbreakdownmodel.cpp" line="123"/>
        <location filename="../../src/app/segmentationview.cpp" line="185"/>
        <source>Region</source>
        <translation type="unfinished">Region</translation>
    </message>
    <message>
        <location filename="../../src/app/abcbreakdownmodel.cpp" line="124"/>
        <location filename="../../src/app/segmentationview.cpp" line="186"/>
        <source>Industry</source>
        <translation type="unfinished">Industry</translation>
    </message>
    <message>
        <location filename="../../src/app/abcbreakdownmodel.cpp" line="125"/>
        <location filename="../../src/app/segmentationview.cpp" line="187"/>
        <source>Sales center</source>
        <translation type="unfinished">Sales center</translation>
    </message>
    <message>
        <location filename="../../src/app/abcbreakdownmodel.cpp" line="128"/>
        <location filename="../../src/app/segmentationview.cpp" line="188"/>
        <source>Account manager</source>
        <translation type="unfinished">Account manager</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="205"/>
        <source>all</source>
        <translation type="unfinished">all</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="234"/>
        <source>Summary per class (click a class to list its customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="250"/>
        <source>Shares of customers, sales and profit per class; click a class to list its customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="258"/>
        <source>Class by sales × class by profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="260"/>
        <source>By sales \ by profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="275"/>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="275"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="275"/>
        <source>Sales</source>
        <translation type="unfinished">Sales</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="275"/>
        <source>Profit</source>
        <translation type="unfinished">Profit</translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="284"/>
        <source>Movers since the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="290"/>
        <source>Before \ now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="309"/>
        <source>Click a customer to show it in the customer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="314"/>
        <source>%1 %2: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="319"/>
        <source>Click a cell to list its customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="338"/>
        <source>&amp;Pareto chart, cross-table and movers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="339"/>
        <source>B&amp;reakdown by region, industry, center, manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="487"/>
        <source>%1 by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="514"/>
        <source>%1 in the previous period, %2 now, by %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="522"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="551"/>
        <source>every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="556"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="559"/>
        <source>every class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="560"/>
        <source>%1, %2 by %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="568"/>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="572"/>
        <source>Summary as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="573"/>
        <source>Export the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="573"/>
        <location filename="../../src/app/segmentationview.cpp" line="577"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="576"/>
        <source>Ranked customers as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="577"/>
        <source>Export the ranked customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="580"/>
        <source>Pareto chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="581"/>
        <source>Export the Pareto chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="581"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="584"/>
        <source>CSV &amp;encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="590"/>
        <source>UTF-8 with a byte order mark (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="590"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="591"/>
        <source>GB18030 (Excel on Chinese Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="628"/>
        <source>Exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="630"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/segmentationview.cpp" line="665"/>
        <source>Exporting %n customer(s)…</source>
        <translation>
            <numerusform>Exporting %n customer…</numerusform>
            <numerusform>Exporting %n customers…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="385"/>
        <source>The period must start on or before its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="407"/>
        <source>The limits could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="424"/>
        <source>%1 customers, ranked by %2; previous period %3 – %4. Computed in %5 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="442"/>
        <source>No customer is A by sales but C by profit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/segmentationview.cpp" line="443"/>
        <source>⚠ %n customer(s) A by sales but C by profit: they buy a lot and earn little.</source>
        <translation>
            <numerusform>⚠ %n customer is A by sales but C by profit: buys a lot and earns little.</numerusform>
            <numerusform>⚠ %n customers are A by sales but C by profit: they buy a lot and earn little.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/segmentationview.cpp" line="466"/>
        <source>%1 up, %2 down; rows: class in the previous period, columns: class now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::Storage</name>
    <message>
        <location filename="../../src/storage/sqlitestatement.cpp" line="46"/>
        <location filename="../../src/storage/sqlsupport.cpp" line="40"/>
        <source>The database is busy: another program is writing to it. Nothing was changed; try again.</source>
        <translation>The database is busy: another program is writing to it. Nothing was changed; try again.</translation>
    </message>
    <message>
        <location filename="../../src/storage/sqlitestatement.cpp" line="50"/>
        <location filename="../../src/storage/sqlsupport.cpp" line="45"/>
        <source>The database reported an error: %1</source>
        <translation>The database reported an error: %1</translation>
    </message>
    <message>
        <location filename="../../src/storage/sqlsupport.cpp" line="43"/>
        <source>The change conflicts with existing records.</source>
        <translation type="unfinished">The change conflicts with existing records.</translation>
    </message>
</context>
<context>
    <name>kehu::SurveyActionDialog</name>
    <message>
        <location filename="../../src/app/surveyactiondialog.cpp" line="18"/>
        <source>Improvement action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveyactiondialog.cpp" line="20"/>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveyactiondialog.cpp" line="20"/>
        <source>%1 (score %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveyactiondialog.cpp" line="32"/>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveyactiondialog.cpp" line="33"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveyactiondialog.cpp" line="34"/>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveyactiondialog.cpp" line="35"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveyactiondialog.cpp" line="56"/>
        <source>Say what will be done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::SurveyCampaignDialog</name>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="21"/>
        <source>New survey campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="24"/>
        <source>%1 satisfaction survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="36"/>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="45"/>
        <source>code, name, contact or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="50"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="51"/>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="52"/>
        <source>&amp;Ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="53"/>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="54"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="55"/>
        <source>&amp;Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="56"/>
        <source>Sales &amp;center:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="57"/>
        <source>Account &amp;manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="58"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="61"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="70"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="79"/>
        <source>Give the campaign a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveycampaigndialog.cpp" line="106"/>
        <source>No active customer matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::SurveyEntryWidget</name>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="28"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="29"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="32"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="42"/>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="42"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="42"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="82"/>
        <source>Save and next (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="84"/>
        <source>Declined (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="89"/>
        <source>Type a score in each field; leave it empty when the customer gave none. Enter or Tab moves on; Ctrl+PgDown / Ctrl+PgUp go to the next / previous customer without saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="138"/>
        <source>%1 (%2–%3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="158"/>
        <source>Loading the campaign&apos;s customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="189"/>
        <source>%1 of %2 customers answered or declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="210"/>
        <source>The campaign targets no customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="276"/>
        <source>%1: type a whole number from %2 to %3, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="287"/>
        <source>Type at least one score, or mark the customer declined (Ctrl+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="295"/>
        <source>Answers not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="295"/>
        <source>%1
Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="307"/>
        <source>Every customer of the campaign has answered or declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="316"/>
        <source>Mark declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="317"/>
        <source>%1 has answered. Marking it declined removes its answers. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveyentrywidget.cpp" line="324"/>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::SurveyRepository</name>
    <message>
        <location filename="../../src/storage/surveyrepository.cpp" line="75"/>
        <source>The survey has no item &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyrepository.cpp" line="77"/>
        <source>%1 is not a score of &apos;%2&apos;, which goes from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyrepository.cpp" line="105"/>
        <source>The survey template no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyrepository.cpp" line="136"/>
        <source>There is no survey template &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyrepository.cpp" line="198"/>
        <source>A campaign needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyrepository.cpp" line="200"/>
        <source>A campaign needs a year such as 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyrepository.cpp" line="202"/>
        <source>The campaign targets no customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyrepository.cpp" line="204"/>
        <source>There is already a campaign named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyrepository.cpp" line="255"/>
        <source>The campaign no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyrepository.cpp" line="364"/>
        <location filename="../../src/storage/surveyrepository.cpp" line="408"/>
        <source>The customer is not targeted by this campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyrepository.cpp" line="529"/>
        <source>An improvement action needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/storage/surveyrepository.cpp" line="556"/>
        <source>The improvement action no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::SurveyTemplate</name>
    <message>
        <location filename="../../src/domain/surveytemplate.cpp" line="101"/>
        <source>The template&apos;s key &apos;%1&apos; must be lower-case letters, digits and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/surveytemplate.cpp" line="109"/>
        <source>The item key &apos;%1&apos; must be lower-case letters, digits and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/surveytemplate.cpp" line="111"/>
        <source>The item key &apos;%1&apos; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/surveytemplate.cpp" line="114"/>
        <source>The item &apos;%1&apos; needs a scale whose minimum is below its maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/surveytemplate.cpp" line="116"/>
        <source>The item &apos;%1&apos; has a negative weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/surveytemplate.cpp" line="123"/>
        <source>A template needs at least one weighted item with a positive weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/domain/surveytemplate.cpp" line="125"/>
        <source>A template has at most one repurchase and one recommend item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::SurveyText</name>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="19"/>
        <source>Product quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="21"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="23"/>
        <source>After-sales service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="25"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="27"/>
        <source>Would buy again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="29"/>
        <source>Would recommend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="31"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="44"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="45"/>
        <source>Region</source>
        <translation type="unfinished">Region</translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="46"/>
        <source>Industry</source>
        <translation type="unfinished">Industry</translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="47"/>
        <source>ABC class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="48"/>
        <source>Sales center</source>
        <translation type="unfinished">Sales center</translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="51"/>
        <source>Account manager</source>
        <translation type="unfinished">Account manager</translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="57"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="58"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveytext.cpp" line="61"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::SurveysView</name>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="76"/>
        <source>C&amp;ampaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="78"/>
        <source>&amp;New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="80"/>
        <source>Delete campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="91"/>
        <location filename="../../src/app/surveysview.cpp" line="128"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="92"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="93"/>
        <location filename="../../src/app/surveysview.cpp" line="184"/>
        <location filename="../../src/app/surveysview.cpp" line="449"/>
        <source>Improvement actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="117"/>
        <source>&amp;Groups by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="128"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="128"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="128"/>
        <source>Score (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="128"/>
        <location filename="../../src/app/surveysview.cpp" line="129"/>
        <source>Last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="128"/>
        <location filename="../../src/app/surveysview.cpp" line="130"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="129"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="129"/>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="129"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="129"/>
        <source>Loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="129"/>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="154"/>
        <source>&amp;Threshold (0–100):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="156"/>
        <source>&amp;Propose actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="158"/>
        <source>An action for every item, and every group of the report&apos;s grouping, scoring under the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="159"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="160"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished">&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="168"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="168"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="168"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="168"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="168"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="168"/>
        <source>Score then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="169"/>
        <source>Measured change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="177"/>
        <source>The measured change is the item&apos;s score (or the group&apos;s satisfaction) in the next campaign of the same template minus the score the action started from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="185"/>
        <source>No new item or group scores under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/surveysview.cpp" line="186"/>
        <source>%n action(s) proposed; give each an owner and a due date.</source>
        <translation>
            <numerusform>%n action proposed; give it an owner and a due date.</numerusform>
            <numerusform>%n actions proposed; give each an owner and a due date.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="215"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="255"/>
        <source>No campaign yet: start one with New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="262"/>
        <source>Template %1 version %2, ends %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="266"/>
        <source>; targets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="287"/>
        <source>Responses: &lt;b&gt;%1&lt;/b&gt; of %2 (%3), %4 declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="292"/>
        <source>Satisfaction %1 · Loyalty %2 · NPS %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="296"/>
        <source>Changes since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="297"/>
        <source>No earlier campaign of this template to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="313"/>
        <source>This campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="336"/>
        <source>Item means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="358"/>
        <source>Satisfaction (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="366"/>
        <location filename="../../src/app/surveysview.cpp" line="400"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="378"/>
        <source>Satisfaction by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="417"/>
        <source>after the next campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="443"/>
        <source>Improve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="467"/>
        <source>Action not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="467"/>
        <source>%1
Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="477"/>
        <source>Delete action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="477"/>
        <source>Delete the action “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="483"/>
        <source>Action not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="500"/>
        <source>Delete campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="501"/>
        <source>Delete the campaign %1 with all its answers and improvement actions? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/surveysview.cpp" line="508"/>
        <source>Campaign not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kehu::TransactionRepository</name>
    <message>
        <location filename="../../src/storage/transactionrepository.cpp" line="85"/>
        <source>An order needs a number, a date and a quantity of 0 or more.</source>
        <translation>An order needs a number, a date and a quantity of 0 or more.</translation>
    </message>
    <message>
        <location filename="../../src/storage/transactionrepository.cpp" line="92"/>
        <source>Order number %1 already exists.</source>
        <translation>Order number %1 already exists.</translation>
    </message>
    <message>
        <location filename="../../src/storage/transactionrepository.cpp" line="112"/>
        <source>A payment needs a date and an amount above zero.</source>
        <translation>A payment needs a date and an amount above zero.</translation>
    </message>
    <message>
        <location filename="../../src/storage/transactionrepository.cpp" line="127"/>
        <source>A service cost needs a date and an amount of 0 or more.</source>
        <translation>A service cost needs a date and an amount of 0 or more.</translation>
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
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="23"/>
        <source>State-owned</source>
        <translation>State-owned</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="24"/>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="25"/>
        <source>Foreign</source>
        <translation>Foreign</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="26"/>
        <source>Joint venture</source>
        <translation>Joint venture</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="30"/>
        <source>Transactional</source>
        <translation>Transactional</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="31"/>
        <source>Supply</source>
        <translation>Supply</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="32"/>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="33"/>
        <source>Strategic alliance</source>
        <translation>Strategic alliance</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="37"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="38"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="39"/>
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="40"/>
        <source>Competitor&apos;s customer</source>
        <translation>Competitor&apos;s customer</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="44"/>
        <source>Decision maker</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="45"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="46"/>
        <source>Purchaser</source>
        <translation>Purchaser</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="47"/>
        <source>Technical</source>
        <translation>Technical</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="48"/>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="51"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="52"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="55"/>
        <source>Entertainment</source>
        <translation>Entertainment</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="56"/>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="57"/>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location filename="../../src/domain/customerenums.cpp" line="58"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="51"/>
        <source>Kehu: customer files for B2B manufacturers.</source>
        <translation>Kehu: customer files for B2B manufacturers.</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="54"/>
        <source>The database file to open.</source>
        <translation>The database file to open.</translation>
    </message>
</context>
</TS>
