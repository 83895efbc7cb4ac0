#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kehu {

// The fixed vocabularies of the customer file (DOMAIN §1). Each value has a stable
// key, stored in the database and printed by the CLI, and a translated display name.

enum class Ownership { Unspecified, StateOwned, Private, Foreign, JointVenture };
enum class Relationship { Unspecified, Transactional, Supply, Partnership, StrategicAlliance };
enum class Category { Unspecified, Key, General, Potential, CompetitorCustomer };
enum class ContactRole { Unspecified, DecisionMaker, Manager, Purchaser, Technical, Finance };
enum class CustomerStatus { Draft, Verified };
enum class ServiceCostCategory { Entertainment, Travel, Samples, Other };

QString toKey(Ownership);
QString toKey(Relationship);
QString toKey(Category);
QString toKey(ContactRole);
QString toKey(CustomerStatus);
QString toKey(ServiceCostCategory);

QString displayName(Ownership);
QString displayName(Relationship);
QString displayName(Category);
QString displayName(ContactRole);
QString displayName(CustomerStatus);
QString displayName(ServiceCostCategory);

// Parses a key ("state_owned") or, for files typed by people, the English or Chinese
// display name ("State-owned", "国有"). Empty text is the Unspecified value where there is one.
template<typename Enum>
std::optional<Enum> enumFromText(const QString &text);

// Every value, in display order.
template<typename Enum>
QList<Enum> allValues();

} // namespace kehu
