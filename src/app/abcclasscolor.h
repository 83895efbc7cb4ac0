#pragma once

#include "domain/abcclass.h"

#include <QColor>

namespace kehu {

// The one colour of each ABC class, used by every chart and table that shows classes, so an
// A is the same green everywhere.
QColor abcClassColor(AbcClass abcClass);
// A light tint of the same colour for table cell backgrounds, readable behind text.
QColor abcClassTint(AbcClass abcClass);

} // namespace kehu
