// The embedded translations: every string of the interface, including the domain's and the
// storage layer's messages, has its Simplified Chinese form.

#include <QTranslator>

#include <QFile>

#include <gtest/gtest.h>

namespace kehu::test {
namespace {

class TranslationsTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_chinese.load(QStringLiteral(":/i18n/kehu_zh_CN.qm"))); }

    QString zh(const char *context, const char *text) const { return m_chinese.translate(context, text); }

    QTranslator m_chinese;
};

TEST_F(TranslationsTest, BothLanguagesAreEmbedded)
{
    EXPECT_TRUE(QFile::exists(QStringLiteral(":/i18n/kehu_zh_CN.qm")));
    EXPECT_TRUE(QFile::exists(QStringLiteral(":/i18n/kehu_en.qm")));
}

TEST_F(TranslationsTest, WindowStringsAreChinese)
{
    EXPECT_EQ(zh("kehu::MainWindow", "Customers"), QStringLiteral("客户"));
    EXPECT_EQ(zh("kehu::MainActions", "&New customer"), QStringLiteral("新建客户(&N)"));
    EXPECT_EQ(zh("CustomerForm", "Basic"), QStringLiteral("基础资料"));
}

TEST_F(TranslationsTest, VocabularyIsChinese)
{
    EXPECT_EQ(zh("kehu::Vocabulary", "Strategic alliance"), QStringLiteral("战略联盟"));
    EXPECT_EQ(zh("kehu::Vocabulary", "Competitor's customer"), QStringLiteral("竞争对手客户"));
}

TEST_F(TranslationsTest, ValidatorAndStorageMessagesAreFoundUnderTheirRuntimeContext)
{
    // Messages of the domain and storage layers live under the contexts their code asks for.
    EXPECT_EQ(zh("kehu::CustomerValidator", "A name is required."), QStringLiteral("必须填写名称。"));
    EXPECT_EQ(zh("kehu::Storage", "The change conflicts with existing records."), QStringLiteral("此更改与现有记录冲突。"));
}

TEST_F(TranslationsTest, PluralsUseTheCount)
{
    EXPECT_EQ(m_chinese.translate("kehu::CustomerListModel", "Not reviewed for %n month(s)", nullptr, 14),
              QStringLiteral("已 %n 个月未复查"));
}

} // namespace
} // namespace kehu::test
