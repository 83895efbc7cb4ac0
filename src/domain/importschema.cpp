#include "importschema.h"

namespace kehu {
namespace {

ImportColumn column(const char *key, std::initializer_list<const char *> aliases, bool required = false)
{
    ImportColumn c;
    c.key = QLatin1String(key);
    for (const char *alias : aliases)
        c.aliases << QString::fromUtf8(alias);
    c.required = required;
    return c;
}

// The order of each list is the order of the enums in the header and of exported files.
const std::vector<ImportColumn> &customerColumns()
{
    static const std::vector<ImportColumn> columns{
        column("code", {"编码", "客户编码", "客户代码", "客户编号"}, true),
        column("name", {"名称", "客户名称", "公司名称", "单位名称"}, true),
        column("address", {"地址", "公司地址"}),
        column("region", {"地区", "区域", "所属地区"}, true),
        column("phone", {"电话", "联系电话", "公司电话"}),
        column("website", {"网站", "网址"}),
        column("employees", {"员工人数", "员工数", "人数"}),
        column("revenue_band", {"营业额区间", "营收规模", "营业额"}),
        column("ownership", {"所有制", "企业性质", "所有制性质"}),
        column("industry", {"行业", "所属行业"}, true),
        column("reputation", {"信誉", "声誉"}),
        column("production_capacity", {"生产能力", "产能"}),
        column("annual_sales", {"年销售额", "年销售"}),
        column("industry_position", {"行业地位"}),
        column("credit_status", {"信用状况", "资信状况"}),
        column("strengths", {"优势"}),
        column("weaknesses", {"劣势"}),
        column("customer_since", {"合作开始日期", "合作开始", "开始合作日期", "合作起始年份"}, true),
        column("main_products", {"主要购买产品", "主要产品", "购买产品"}),
        column("payment_terms_days", {"付款期限", "账期", "账期天数", "付款期限天数"}),
        column("relationship", {"关系类型", "合作关系"}),
        column("category", {"类别", "客户类别", "客户分类"}),
        column("account_manager", {"客户经理", "负责人"}),
        column("sales_center", {"销售中心"}),
        column("status", {"状态", "审核状态"}),
        column("verified_by", {"审核人"}),
        column("verified_at", {"审核时间"}),
        column("last_reviewed", {"复核日期", "最近复核日期", "上次复核"}),
        column("archived_at", {"归档时间"}),
    };
    return columns;
}

const std::vector<ImportColumn> &contactColumns()
{
    static const std::vector<ImportColumn> columns{
        column("customer_code", {"客户编码", "编码", "客户代码", "客户编号"}, true),
        column("name", {"姓名", "联系人", "名称", "联系人姓名"}, true),
        column("title", {"职务", "职位"}),
        column("role", {"角色"}),
        column("phone", {"电话", "手机", "联系电话"}),
        column("email", {"邮箱", "电子邮件", "电子邮箱"}),
        column("wechat", {"微信", "微信号"}),
    };
    return columns;
}

const std::vector<ImportColumn> &orderColumns()
{
    static const std::vector<ImportColumn> columns{
        column("order_no", {"订单号", "单号", "订单编号", "发票号"}, true),
        column("customer_code", {"客户编码", "编码", "客户代码", "客户编号"}, true),
        column("date", {"日期", "订单日期", "下单日期"}, true),
        column("product_model", {"产品型号", "型号", "产品"}, true),
        column("quantity", {"数量"}, true),
        column("amount", {"金额", "订单金额", "销售额"}, true),
        column("cost", {"成本"}, true),
        column("due_date", {"到期日", "应收日期", "付款到期日"}),
    };
    return columns;
}

const std::vector<ImportColumn> &paymentColumns()
{
    static const std::vector<ImportColumn> columns{
        column("order_no", {"订单号", "单号", "订单编号", "发票号"}, true),
        column("date", {"日期", "回款日期", "付款日期"}, true),
        column("amount", {"金额", "回款金额", "付款金额"}, true),
    };
    return columns;
}

const std::vector<ImportColumn> &serviceCostColumns()
{
    static const std::vector<ImportColumn> columns{
        column("customer_code", {"客户编码", "编码", "客户代码", "客户编号"}, true),
        column("date", {"日期", "发生日期"}, true),
        column("category", {"类别", "费用类别"}, true),
        column("amount", {"金额", "费用金额"}, true),
        column("note", {"备注", "说明"}),
    };
    return columns;
}

} // namespace

QString ImportMapping::headerOf(int column) const
{
    const int field = fieldOf(column);
    if (field >= 0 && field < headers.size() && !headers.at(field).trimmed().isEmpty())
        return headers.at(field).trimmed();
    return ImportSchema::columns(kind).at(size_t(column)).key;
}

const std::vector<ImportColumn> &ImportSchema::columns(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return customerColumns();
    case ImportKind::Contacts:
        return contactColumns();
    case ImportKind::Orders:
        return orderColumns();
    case ImportKind::Payments:
        return paymentColumns();
    case ImportKind::ServiceCosts:
        break;
    }
    return serviceCostColumns();
}

QString ImportSchema::normalizedHeader(const QString &header)
{
    QString key = header.trimmed().toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    // Templates often mark required columns with an asterisk: "编码*", "*code".
    key.remove(QLatin1Char('*'));
    if (key == QLatin1String("e_mail"))
        key = QStringLiteral("email");
    return key;
}

ImportMapping ImportSchema::map(ImportKind kind, const QStringList &headers)
{
    const std::vector<ImportColumn> &all = columns(kind);
    ImportMapping mapping;
    mapping.kind = kind;
    mapping.headers = headers;
    mapping.fieldOfColumn.assign(all.size(), -1);
    for (int field = 0; field < headers.size(); ++field) {
        const QString key = normalizedHeader(headers.at(field));
        if (key.isEmpty())
            continue; // an unnamed column, usually empty cells after the data
        int found = -1;
        for (size_t c = 0; c < all.size() && found < 0; ++c) {
            if (all[c].key == key || all[c].aliases.contains(key))
                found = int(c);
        }
        if (found < 0 || mapping.fieldOfColumn[size_t(found)] >= 0)
            mapping.unknownHeaders << headers.at(field).trimmed();
        else
            mapping.fieldOfColumn[size_t(found)] = field;
    }
    refresh(mapping);
    return mapping;
}

void ImportSchema::refresh(ImportMapping &mapping)
{
    const std::vector<ImportColumn> &all = columns(mapping.kind);
    mapping.missingRequired.clear();
    for (size_t c = 0; c < all.size(); ++c) {
        if (all[c].required && mapping.fieldOfColumn.at(c) < 0)
            mapping.missingRequired << all[c].key;
    }
}

} // namespace kehu
