#include "abcclasscolor.h"

namespace kehu {

QColor abcClassColor(AbcClass abcClass)
{
    switch (abcClass) {
    case AbcClass::A: return QColor(0x2e, 0x7d, 0x32); // green
    case AbcClass::B: return QColor(0x15, 0x65, 0xc0); // blue
    case AbcClass::C: return QColor(0x9e, 0x9e, 0x9e); // grey
    }
    return {};
}

QColor abcClassTint(AbcClass abcClass)
{
    QColor color = abcClassColor(abcClass);
    color.setAlpha(48);
    return color;
}

} // namespace kehu
