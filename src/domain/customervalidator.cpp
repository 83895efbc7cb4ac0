#include "customervalidator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kehu {
namespace {

// Declares this file's translation context so lupdate files its messages where the
// translator looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kehu::CustomerValidator)
};

} // namespace

bool isValidCustomerCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$"));
    return pattern.match(code).hasMatch();
}

bool isPlausiblePhone(const QString &phone)
{
    static const QRegularExpression allowed(QStringLiteral("^[+]?[0-9 ()\\-/,;转ext.x]+$"));
    int digits = 0;
    for (QChar c : phone)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 5 && allowed.match(phone.trimmed()).hasMatch();
}

bool isPlausibleEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(email.trimmed()).hasMatch();
}

std::vector<FieldError> validateCustomer(const Customer &c, QDate today)
{
    std::vector<FieldError> errors;
    auto fail = [&errors](QString field, QString message) {
        errors.push_back({std::move(field), std::move(message)});
    };

    if (c.code.trimmed().isEmpty())
        fail(QStringLiteral("code"), Text::tr("A code is required."));
    else if (!isValidCustomerCode(c.code))
        fail(QStringLiteral("code"), Text::tr("Use 1–32 letters, digits, '.', '_' or '-', starting with a letter or digit."));
    if (c.name.trimmed().isEmpty())
        fail(QStringLiteral("name"), Text::tr("A name is required."));
    else if (c.name.size() > 200)
        fail(QStringLiteral("name"), Text::tr("The name is longer than 200 characters."));
    if (c.regionId == 0)
        fail(QStringLiteral("region"), Text::tr("Choose a region."));
    if (c.industryId == 0)
        fail(QStringLiteral("industry"), Text::tr("Choose an industry."));
    if (!c.phone.trimmed().isEmpty() && !isPlausiblePhone(c.phone))
        fail(QStringLiteral("phone"), Text::tr("This does not look like a phone number."));
    if (c.employees && *c.employees < 0)
        fail(QStringLiteral("employees"), Text::tr("The number of employees cannot be negative."));
    if (c.annualSales && c.annualSales->fen() < 0)
        fail(QStringLiteral("annual_sales"), Text::tr("Annual sales cannot be negative."));
    if (c.paymentTermsDays && (*c.paymentTermsDays < 0 || *c.paymentTermsDays > 365))
        fail(QStringLiteral("payment_terms_days"), Text::tr("Payment terms are 0 to 365 days."));
    if (c.customerSince.isValid() && c.customerSince > today)
        fail(QStringLiteral("customer_since"), Text::tr("The start of cooperation cannot be in the future."));
    if (c.lastReviewed.isValid() && c.lastReviewed > today)
        fail(QStringLiteral("last_reviewed"), Text::tr("The review date cannot be in the future."));
    if (c.status == CustomerStatus::Verified && c.verifiedBy.trimmed().isEmpty())
        fail(QStringLiteral("verified_by"), Text::tr("A verified file names who verified it."));

    for (size_t i = 0; i < c.contacts.size(); ++i) {
        const Contact &contact = c.contacts[i];
        const QString prefix = QStringLiteral("contacts[%1].").arg(i);
        if (contact.name.trimmed().isEmpty())
            fail(prefix + QStringLiteral("name"), Text::tr("Contact %1 has no name.").arg(i + 1));
        if (!contact.phone.trimmed().isEmpty() && !isPlausiblePhone(contact.phone))
            fail(prefix + QStringLiteral("phone"), Text::tr("Contact %1: this does not look like a phone number.").arg(i + 1));
        if (!contact.email.trimmed().isEmpty() && !isPlausibleEmail(contact.email))
            fail(prefix + QStringLiteral("email"), Text::tr("Contact %1: this does not look like an e-mail address.").arg(i + 1));
    }
    for (size_t i = 0; i < c.competitors.size(); ++i) {
        if (c.competitors[i].name.trimmed().isEmpty())
            fail(QStringLiteral("competitors[%1].name").arg(i), Text::tr("Competitor %1 has no name.").arg(i + 1));
    }
    return errors;
}

} // namespace kehu
