#include "domain/customertextmatcher.h"

#include "testsupport.h"

namespace kehu {
namespace {

CustomerSummary huamei()
{
    CustomerSummary s;
    s.code = QStringLiteral("K001");
    s.name = QStringLiteral("苏州华美洗涤有限公司");
    s.phone = QStringLiteral("0512-6666 8888");
    s.contactText = QStringLiteral("王伟 138 0000 1111 李娜 ");
    return s;
}

TEST(CustomerTextMatcherTest, MatchesEachFieldAsAFoldedSubstring)
{
    const CustomerSummary s = huamei();
    for (const char *hit : {"华美", "k00", "Ｋ001", "王伟", "李娜", "6666 8888", "138 0000", "  华美  ", ""})
        EXPECT_TRUE(CustomerTextMatcher(QString::fromUtf8(hit)).matches(s)) << hit;
    for (const char *miss : {"无锡", "K002", "华美酒店"})
        EXPECT_FALSE(CustomerTextMatcher(QString::fromUtf8(miss)).matches(s)) << miss;
}

TEST(CustomerTextMatcherTest, PhoneDigitsMatchWhateverTheSpacing)
{
    const CustomerSummary s = huamei();
    EXPECT_TRUE(CustomerTextMatcher(QStringLiteral("13800001111")).matches(s));
    EXPECT_TRUE(CustomerTextMatcher(QStringLiteral("00001111")).matches(s));
    EXPECT_TRUE(CustomerTextMatcher(QStringLiteral("0512-66668888")).matches(s));
    EXPECT_TRUE(CustomerTextMatcher(QStringLiteral("051266668888")).matches(s));
    // Two contacts' numbers never run together across a name.
    EXPECT_FALSE(CustomerTextMatcher(QStringLiteral("11112222")).matches(s));
}

TEST(CustomerTextMatcherTest, AMatchDoesNotSpanTwoFields)
{
    CustomerSummary s = huamei();
    EXPECT_FALSE(CustomerTextMatcher(QStringLiteral("K001苏州")).matches(s));
}

} // namespace
} // namespace kehu
