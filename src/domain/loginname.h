#pragma once

#include <QString>

namespace kehu {

// The operating system's name for the person running Kehu: who took a step or logged a
// follow-up when no name is given. USER (LOGNAME, USERNAME on Windows), else the home
// folder's name; "" only when none of these is known.
QString loginName();

} // namespace kehu
