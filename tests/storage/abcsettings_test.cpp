#include "storage/abcstrategysettings.h"
#include "storage/database.h"
#include "storage/databasesettings.h"

#include "testsupport.h"

namespace kehu {
namespace {

using AbcSettingsTest = test::TempFolderTest;

TEST_F(AbcSettingsTest, LimitsDefaultToFiftyEightyAndAreSaved)
{
    const QString file = path(QStringLiteral("k.sqlite"));
    {
        Database db(file);
        DatabaseSettings settings(db);
        EXPECT_EQ(settings.abcThresholds(), AbcThresholds());
        settings.setAbcThresholds(*AbcThresholds::fromHundredths(8000, 9550));
    }
    Database db(file);
    EXPECT_EQ(DatabaseSettings(db).abcThresholds(), AbcThresholds::fromHundredths(8000, 9550));
}

TEST_F(AbcSettingsTest, StrategiesDefaultToTheDomainTextsAndAreSaved)
{
    const QString file = path(QStringLiteral("k.sqlite"));
    {
        Database db(file);
        DatabaseSettings settings(db);
        for (AbcClass c : AllAbcClasses)
            EXPECT_EQ(settings.abcStrategy(c), defaultAbcStrategy(c));
        EXPECT_TRUE(settings.abcStrategy(AbcClass::A).contains(QStringLiteral("VIP")));
        settings.setAbcStrategy(AbcClass::B, QStringLiteral("  每季度回访，推荐新型号。 "));
    }
    Database db(file);
    DatabaseSettings settings(db);
    EXPECT_EQ(settings.abcStrategy(AbcClass::B), QStringLiteral("每季度回访，推荐新型号。"));
    EXPECT_EQ(settings.abcStrategy(AbcClass::A), defaultAbcStrategy(AbcClass::A));
    settings.setAbcStrategy(AbcClass::B, QStringLiteral("   "));
    EXPECT_EQ(settings.abcStrategy(AbcClass::B), defaultAbcStrategy(AbcClass::B));
}

TEST_F(AbcSettingsTest, StrategyMeasureDefaultsToProfitAndIsSaved)
{
    const QString file = path(QStringLiteral("k.sqlite"));
    {
        Database db(file);
        AbcStrategySettings settings(db);
        EXPECT_EQ(settings.measure(), AbcMeasure::Profit);
        settings.setMeasure(AbcMeasure::Sales);
    }
    Database db(file);
    EXPECT_EQ(AbcStrategySettings(db).measure(), AbcMeasure::Sales);
}

} // namespace
} // namespace kehu
