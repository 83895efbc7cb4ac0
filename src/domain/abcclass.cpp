#include "abcclass.h"

#include <QCoreApplication>

namespace kehu {
namespace {

// Declares this file's translation context so lupdate files its messages where the
// translator looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kehu::Abc)
};

} // namespace

QString toKey(AbcClass c)
{
    switch (c) {
    case AbcClass::A:
        return QStringLiteral("A");
    case AbcClass::B:
        return QStringLiteral("B");
    case AbcClass::C:
        break;
    }
    return QStringLiteral("C");
}

QString toKey(AbcMeasure measure)
{
    return measure == AbcMeasure::Sales ? QStringLiteral("sales") : QStringLiteral("profit");
}

std::optional<AbcClass> abcClassFromKey(const QString &key)
{
    for (AbcClass c : AllAbcClasses)
        if (key.compare(toKey(c), Qt::CaseInsensitive) == 0)
            return c;
    return std::nullopt;
}

std::optional<AbcMeasure> abcMeasureFromKey(const QString &key)
{
    for (AbcMeasure m : { AbcMeasure::Profit, AbcMeasure::Sales })
        if (key.compare(toKey(m), Qt::CaseInsensitive) == 0)
            return m;
    return std::nullopt;
}

QString displayName(AbcClass c)
{
    switch (c) {
    case AbcClass::A:
        return Text::tr("A (key accounts)");
    case AbcClass::B:
        return Text::tr("B (major customers)");
    case AbcClass::C:
        break;
    }
    return Text::tr("C (small and trivial customers)");
}

QString displayName(AbcMeasure measure)
{
    return measure == AbcMeasure::Sales ? Text::tr("Sales") : Text::tr("Profit");
}

QString defaultAbcStrategy(AbcClass c)
{
    switch (c) {
    case AbcClass::A:
        return Text::tr("VIP service, a key-account team, customized offers, senior management contact.");
    case AbcClass::B:
        return Text::tr("Keep the current share of wallet; adapt products to raise it.");
    case AbcClass::C:
        break;
    }
    return Text::tr("Nurture those with growth potential toward B; reduce effort on trivial ones.");
}

} // namespace kehu
