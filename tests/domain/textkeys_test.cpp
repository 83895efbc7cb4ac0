#include "domain/textkeys.h"

#include "testsupport.h"

namespace kehu {
namespace {

TEST(TextKeysTest, NameKeyFoldsWidthSpacesAndCase)
{
    EXPECT_EQ(nameKey(u"Ｈｕａｘｉａ  Laundry 有限公司"), nameKey(u"huaxialaundry有限公司"));
    EXPECT_EQ(nameKey(u"苏州 华美 洗涤有限公司"), QStringLiteral("苏州华美洗涤有限公司"));
    EXPECT_EQ(nameKey(u"苏州华美洗涤（集团）"), QStringLiteral("苏州华美洗涤(集团)"));
    EXPECT_NE(nameKey(u"苏州华美洗涤"), nameKey(u"无锡华美洗涤"));
}

TEST(TextKeysTest, PhoneKeyKeepsDigitsWithoutCountryCodeOrTrunkZero)
{
    EXPECT_EQ(phoneKey(u"+86 (21) 5555-0100"), QStringLiteral("2155550100"));
    EXPECT_EQ(phoneKey(u"021-5555 0100"), QStringLiteral("2155550100"));
    EXPECT_EQ(phoneKey(u"0086 21 5555 0100"), QStringLiteral("2155550100"));
    EXPECT_EQ(phoneKey(u"１３８ ００００ １１１１"), QStringLiteral("13800001111"));
    EXPECT_EQ(phoneKey(u"86123"), QStringLiteral("86123")); // not international: kept
    EXPECT_EQ(phoneKey(u""), QString());
}

TEST(TextKeysTest, SearchKeyMatchesAcrossWidthAndCase)
{
    EXPECT_TRUE(searchKey(u"Suzhou ＨＵＡＭＥＩ 苏州华美洗涤").contains(searchKey(u"huamei")));
    EXPECT_TRUE(searchKey(u"苏州华美洗涤有限公司").contains(searchKey(u"华美")));
    EXPECT_EQ(searchKey(u"already plain 中文"), QStringLiteral("already plain 中文"));
}

} // namespace
} // namespace kehu
