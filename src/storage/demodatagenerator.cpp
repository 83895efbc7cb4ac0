#include "demodatagenerator.h"

#include "bulksettings.h"
#include "database.h"
#include "deferredindexes.h"
#include "orderrollups.h"
#include "referencelistrepository.h"
#include "sqlitestatement.h"
#include "sqlsupport.h"
#include "storageerror.h"
#include "writetransaction.h"

#include "domain/textkeys.h"

#include <QCoreApplication>
#include <QSqlQuery>


#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <string>
#include <vector>

namespace kehu {
namespace {

using Random = std::mt19937_64;

// Word lists for names; combined they give well over a million distinct company names.
constexpr std::array Cities{"北京", "上海", "天津", "重庆", "广州", "深圳", "苏州", "杭州", "南京", "无锡", "宁波", "青岛",
                            "济南", "郑州", "武汉", "长沙", "成都", "西安", "沈阳", "大连", "哈尔滨", "长春", "石家庄",
                            "太原", "合肥", "福州", "厦门", "南昌", "昆明", "贵阳", "南宁", "兰州", "乌鲁木齐", "呼和浩特",
                            "常州", "南通", "扬州", "徐州", "温州", "绍兴", "嘉兴", "佛山", "东莞", "珠海", "烟台", "潍坊",
                            "洛阳", "宜昌", "株洲", "绵阳", "宝鸡", "唐山", "保定", "鞍山", "吉林", "大庆", "芜湖", "泉州"};
constexpr std::array Brands{"华美", "恒通", "金泰", "瑞丰", "宏达", "新世纪", "锦江", "国泰", "鸿运", "天成", "盛源", "明珠",
                            "长城", "东方", "百盛", "中信", "永安", "鑫源", "安泰", "博远", "嘉禾", "凯瑞", "隆盛", "美华",
                            "诚信", "立德", "汇丰", "海川", "银河", "正大", "康宁", "光明", "星辰", "润泽", "远航", "思源",
                            "广源", "佳美", "富华", "泰和", "裕隆", "同创", "德信", "宝丰", "友谊", "联合", "新华", "兴业",
                            "万达", "中兴", "华润", "信达", "利民", "开元", "皇冠", "维多利亚", "蓝天", "碧海", "青松", "白云"};
// Per industry, in the order of the default industry list.
constexpr std::array<std::array<const char *, 4>, 8> Trades{{
    {"大酒店", "酒店管理", "宾馆", "度假村"},
    {"人民医院", "中医院", "医疗集团", "妇幼保健院"},
    {"洗涤服务", "洗衣", "布草洗涤", "清洁服务"},
    {"铁路局", "铁路客运", "动车段", "轨道交通"},
    {"职业学院", "实验学校", "大学后勤", "国际学校"},
    {"机械制造", "精密仪器", "电子科技", "化工"},
    {"供电", "水务", "燃气", "热力"},
    {"商贸", "物业管理", "实业", "科技"},
}};
constexpr std::array Suffixes{"有限公司", "股份有限公司", "集团有限公司", "有限责任公司"};
constexpr std::array Surnames{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
                              "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
                              "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏",
                              "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金"};
constexpr std::array GivenNames{"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
                                "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "志强", "海燕", "晓东", "丽华", "文博",
                                "子涵", "浩然", "雨轩", "国强", "春梅", "立新", "建国", "红梅", "玉兰", "德明", "振华", "淑珍"};
constexpr std::array Titles{"总经理", "采购经理", "设备科长", "后勤主任", "财务总监", "技术主管", "工程部经理", "副总经理"};
constexpr std::array Roles{"decision_maker", "manager", "purchaser", "technical", "finance"};
constexpr std::array Ownerships{"state_owned", "private", "private", "foreign", "joint_venture"};
constexpr std::array Relationships{"transactional", "transactional", "supply", "partnership", "strategic_alliance"};
constexpr std::array Competitors{"伊莱克斯专业设备", "Jensen 洗涤设备", "Kannegiesser 洗衣机械", "海狮洗涤机械", "航星洗涤设备",
                                 "西门子工业", "霍尼韦尔", "多米诺标识", "伟迪捷", "正泰电气"};
constexpr std::array RevenueBands{"< 1000万", "1000万–5000万", "5000万–2亿", "2亿–10亿", "> 10亿"};
struct ProductModel
{
    const char *model;
    qint64 priceFen;
};
constexpr std::array Products{
    ProductModel{"KH-W100 洗脱机", 8'500'000}, ProductModel{"KH-W300 洗脱机", 21'000'000},
    ProductModel{"KH-D200 烘干机", 6'200'000}, ProductModel{"KH-I330 熨平机", 15'800'000},
    ProductModel{"KH-T60 隧道式洗涤线", 220'000'000}, ProductModel{"KH-F12 折叠机", 9'600'000},
    ProductModel{"KH-P5 控制系统", 3'400'000}, ProductModel{"KH-S1 配件包", 180'000},
    ProductModel{"KH-M9 喷码机", 4'500'000}, ProductModel{"KH-E400 开关柜", 12'500'000},
};
// Share of customers per default region (East, North, South, Central, Northwest, Southwest, Northeast, Overseas).
constexpr std::array FollowUpContents{"回访设备运行情况", "了解下季度采购计划", "介绍新型号并送样", "处理售后问题的回访",
                                       "年度合作总结", "商谈续签合同", "了解竞争对手报价", "培训操作人员"};
constexpr std::array FollowUpOutcomes{"客户满意，无新需求", "有采购意向，待报价", "需安排技术人员上门", "客户反映交期偏长",
                                       "已约定下次拜访", ""};
constexpr std::array FollowUpChannels{"phone", "phone", "phone", "visit", "visit", "online"};

constexpr std::array RegionWeights{30.0, 20.0, 15.0, 10.0, 5.0, 8.0, 7.0, 5.0};

template<typename Array>
const char *pick(Random &random, const Array &items)
{
    return items[std::uniform_int_distribution<size_t>(0, items.size() - 1)(random)];
}

double uniform(Random &random, double low, double high)
{
    return std::uniform_real_distribution<double>(low, high)(random);
}

bool chance(Random &random, double probability)
{
    return uniform(random, 0.0, 1.0) < probability;
}

std::string mobilePhone(Random &random)
{
    static constexpr std::array prefixes{"138", "139", "136", "135", "150", "151", "186", "187", "177", "133"};
    std::string phone = pick(random, prefixes);
    for (int i = 0; i < 8; ++i) {
        phone += char('0' + std::uniform_int_distribution<int>(0, 9)(random));
        if (i == 3)
            phone += ' ';
    }
    return phone;
}

std::string personName(Random &random)
{
    return std::string(pick(random, Surnames)) + pick(random, GivenNames);
}

struct CustomerDraft
{
    qint64 id = 0;
    double weight = 0;
    int paymentTerms = 30;
    std::string manager; // for the follow-ups
    std::string contact;
};

} // namespace

DemoDataGenerator::Result DemoDataGenerator::generate(const Database &database, const Options &options)
{
    const QSqlDatabase db = database.connection();
    auto progress = [&options](int percent) {
        if (options.progress)
            options.progress(percent);
    };
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    Random random(options.seed);
    Result result;

    // Foreign keys are checked once, before the commit, instead of per row, and the indexes
    // that would grow in random order are built once at the end.
    BulkSettings bulkSettings(db);
    WriteTransaction transaction(db);
    QSqlQuery existing = sql::exec(db, QStringLiteral("SELECT count(*) FROM customers"));
    if (existing.next() && existing.value(0).toInt() > 0)
        throw StorageError(StorageError::Kind::Refused,
                           QCoreApplication::translate("kehu::DemoDataGenerator",
                                                       "%1 already holds customers; demo data goes into a new, empty database.")
                                   .arg(database.path()));

    existing.finish(); // an open read of customers would lock the table against DROP INDEX
    std::vector<DeferredIndexes> deferredIndexes;
    for (const char *table : {"customers", "contacts", "orders", "payments", "service_costs"})
        deferredIndexes.emplace_back(db, QLatin1String(table));

    sqlite3 *handle = SqliteStatement::handleOf(db);
    ReferenceListRepository listsRepository(database);
    ReferenceLists lists = listsRepository.load();

    // Account managers: about one per 150 customers, at least five.
    {
        SqliteStatement insert(handle, "INSERT INTO account_managers (name, position) VALUES (?, ?)");
        const int managers = std::clamp(options.customers / 150, 5, 400);
        std::vector<std::string> used;
        for (int i = 0; i < managers; ++i) {
            std::string name = personName(random);
            while (std::find(used.begin(), used.end(), name) != used.end())
                name = personName(random) + pick(random, GivenNames);
            used.push_back(name);
            lists.accountManagers.push_back({insert.bindTextCopy(name).bindInt(i + 1).insert(), QString::fromStdString(name), {}, 0});
        }
    }

    // ISO dates of the last 25 years, formatted once: QDate::toString per row was measurable.
    std::vector<std::string> pastDays(365 * 25 + 1);
    for (size_t d = 0; d < pastDays.size(); ++d)
        pastDays[d] = today.addDays(-qint64(d)).toString(Qt::ISODate).toStdString();
    auto pastDay = [&pastDays](int daysAgo) -> const std::string & { return pastDays[size_t(daysAgo)]; };

    std::discrete_distribution<size_t> regionOf(RegionWeights.begin(), RegionWeights.end());
    std::vector<CustomerDraft> customers(size_t(std::max(options.customers, 0)));
    const std::string now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    const qint64 keyAccountsCenter = lists.salesCenters.empty() ? 0 : lists.salesCenters.front().id;
    {
        SqliteStatement insert(handle,
                             "INSERT INTO customers (code, name, name_key, address, region_id, phone, phone_key, website,"
                             " employees, revenue_band, ownership, industry_id, annual_sales, customer_since,"
                             " main_products, payment_terms_days, relationship, category, account_manager_id,"
                             " sales_center_id, sales_center_manual, status, verified_by, verified_at, last_reviewed,"
                             " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        SqliteStatement contact(handle,
                              "INSERT INTO contacts (customer_id, position, name, title, role, phone, phone_key, email, wechat)"
                              " VALUES (?,?,?,?,?,?,?,?,?)");
        SqliteStatement competitor(handle, "INSERT INTO competitors (customer_id, position, name) VALUES (?,?,?)");
        for (size_t i = 0; i < customers.size(); ++i) {
            CustomerDraft &draft = customers[i];
            // Pareto-distributed weights (alpha 1.2) give the 80/20 shape of real customer files.
            draft.weight = std::pow(1.0 - uniform(random, 0.0, 0.999999), -1.0 / 1.2);
            draft.paymentTerms = std::array{30, 30, 60, 90}[std::uniform_int_distribution<int>(0, 3)(random)];

            const size_t regionIndex = std::min(regionOf(random), lists.regions.size() - 1);
            const ListItem &region = lists.regions[regionIndex];
            const size_t industryIndex = std::uniform_int_distribution<size_t>(0, lists.industries.size() - 1)(random);
            const auto &trades = Trades[std::min(industryIndex, Trades.size() - 1)];
            const std::string city = pick(random, Cities);
            const std::string name = city + pick(random, Brands) + pick(random, trades) + pick(random, Suffixes);
            const std::string code = QStringLiteral("C%1").arg(i + 1, 6, 10, QLatin1Char('0')).toStdString();
            const std::string phone = "0" + std::to_string(std::uniform_int_distribution<int>(10, 999)(random)) + "-"
                    + std::to_string(std::uniform_int_distribution<int>(5000000, 89999999)(random));
            const bool isKey = draft.weight > 12.0;
            const bool verified = chance(random, 0.8);
            const std::string &since = pastDay(std::uniform_int_distribution<int>(30, 365 * 25)(random));
            const std::string &reviewed = pastDay(std::uniform_int_distribution<int>(0, 730)(random));
            const ListItem &manager = lists.accountManagers[std::uniform_int_distribution<size_t>(0, lists.accountManagers.size() - 1)(random)];
            const char *category = isKey ? "key" : pick(random, std::array{"general", "general", "potential", "competitor_customer"});

            insert.bindTextCopy(code).bindTextCopy(name).bindTextCopy(nameKey(QString::fromStdString(name)).toUtf8())
                    .bindTextCopy(city + "市" + pick(random, Brands) + "路" + std::to_string(std::uniform_int_distribution<int>(1, 999)(random)) + "号")
                    .bindInt(region.id).bindTextCopy(phone).bindTextCopy(phoneKey(QString::fromStdString(phone)).toUtf8())
                    .bindTextCopy("www.example-" + std::to_string(i + 1) + ".cn")
                    .bindInt(std::uniform_int_distribution<int>(20, 5000)(random))
                    .bindRequiredText(pick(random, RevenueBands)).bindRequiredText(pick(random, Ownerships))
                    .bindInt(lists.industries[industryIndex].id)
                    .bindInt(qint64(draft.weight * 50'000'000'00.0 / 10.0))
                    .bindTextCopy(since)
                    .bindRequiredText(Products[std::uniform_int_distribution<size_t>(0, Products.size() - 1)(random)].model)
                    .bindInt(draft.paymentTerms).bindRequiredText(pick(random, Relationships)).bindRequiredText(category)
                    .bindInt(manager.id).bindInt(isKey ? keyAccountsCenter : region.salesCenterId).bindInt(isKey ? 1 : 0)
                    .bindRequiredText(verified ? "verified" : "draft");
            if (verified)
                insert.bindTextCopy(manager.name.toUtf8()).bindTextCopy(now);
            else
                insert.bindNull().bindNull();
            draft.id = insert.bindTextCopy(reviewed).bindTextCopy(now).bindTextCopy(now).insert();
            draft.manager = manager.name.toStdString();
            ++result.customers;

            const int contacts = std::uniform_int_distribution<int>(1, 3)(random);
            for (int c = 0; c < contacts; ++c) {
                const std::string mobile = mobilePhone(random);
                const std::string contactName = personName(random);
                if (c == 0)
                    draft.contact = contactName;
                contact.bindInt(draft.id).bindInt(c).bindTextCopy(contactName).bindRequiredText(pick(random, Titles))
                        .bindRequiredText(pick(random, Roles)).bindTextCopy(mobile).bindTextCopy(phoneKey(QString::fromStdString(mobile)).toUtf8())
                        .bindTextCopy("contact" + std::to_string(c + 1) + "@example-" + std::to_string(i + 1) + ".cn")
                        .bindTextCopy("wx_" + std::to_string(random() % 100000000)).insert();
                ++result.contacts;
            }
            if (chance(random, 0.2))
                competitor.bindInt(draft.id).bindInt(0).bindRequiredText(pick(random, Competitors)).insert();
            if (i % 1000 == 0)
                progress(int(10 * i / customers.size()));
        }
    }

    // Orders go to customers in proportion to their weight, over the last three years.
    if (!customers.empty() && options.orders > 0) {
        std::vector<double> cumulative(customers.size());
        double total = 0;
        for (size_t i = 0; i < customers.size(); ++i)
            cumulative[i] = total += customers[i].weight;
        const int days = 365 * 3;
        std::vector<std::string> dateText(size_t(days + 400));
        for (int d = 0; d < int(dateText.size()); ++d)
            dateText[size_t(d)] = today.addDays(d - days).toString(Qt::ISODate).toStdString();

        struct OrderDraft { int day; quint32 customer; };
        std::vector<OrderDraft> drafts(size_t(options.orders));
        for (OrderDraft &o : drafts) {
            const double at = uniform(random, 0.0, total);
            o.customer = quint32(std::upper_bound(cumulative.begin(), cumulative.end(), at) - cumulative.begin());
            o.customer = std::min<quint32>(o.customer, quint32(customers.size() - 1));
            o.day = std::uniform_int_distribution<int>(0, days)(random);
        }
        // By day, then customer: orders_date_customer then grows at its end only.
        std::sort(drafts.begin(), drafts.end(), [](const OrderDraft &a, const OrderDraft &b) {
            return a.day != b.day ? a.day < b.day : a.customer < b.customer;
        });

        // A trigger per order keeping the monthly rollups costs more than all the rest of the
        // order's insert; rebuilding them once afterwards is ten times faster.
        OrderRollups::dropTriggers(db);
        SqliteStatement order(handle,
                            "INSERT INTO orders (order_no, customer_id, date, product_model, quantity, amount, cost, due_date)"
                            " VALUES (?,?,?,?,?,?,?,?)");
        SqliteStatement payment(handle, "INSERT INTO payments (order_id, date, amount) VALUES (?,?,?)");
        std::geometric_distribution<int> extraUnits(0.45);
        for (size_t n = 0; n < drafts.size(); ++n) {
            const OrderDraft &o = drafts[n];
            const CustomerDraft &customer = customers[o.customer];
            const ProductModel &product = Products[std::uniform_int_distribution<size_t>(0, Products.size() - 1)(random)];
            const qint64 quantity = 1 + extraUnits(random);
            const qint64 amount = qint64(double(product.priceFen * quantity) * uniform(random, 0.85, 1.05)) / 100 * 100;
            const double costRatio = chance(random, 0.04) ? uniform(random, 1.0, 1.3) : uniform(random, 0.55, 0.92);
            const qint64 cost = qint64(double(amount) * costRatio);
            const int dueDay = o.day + customer.paymentTerms;
            char number[24];
            std::snprintf(number, sizeof number, "SO%08zu", n + 1);
            const qint64 orderId = order.bindRequiredText(number).bindInt(customer.id).bindTextCopy(dateText[size_t(o.day)])
                                           .bindRequiredText(product.model).bindInt(quantity).bindInt(amount).bindInt(cost)
                                           .bindTextCopy(dateText[size_t(dueDay)]).insert();
            ++result.orders;

            // Most orders are paid around the due date; some partly, some not at all.
            const double outcome = uniform(random, 0.0, 1.0);
            if (outcome < 0.07)
                continue;
            const int payDay = dueDay + std::uniform_int_distribution<int>(-15, outcome < 0.8 ? 20 : 120)(random);
            if (payDay > days)
                continue;
            const qint64 paid = outcome < 0.9 ? amount : amount * std::uniform_int_distribution<int>(3, 9)(random) / 10;
            if (paid > 0) {
                payment.bindInt(orderId).bindTextCopy(dateText[size_t(std::max(payDay, o.day))]).bindInt(paid).insert();
                ++result.payments;
            }
            if (n % 20000 == 0)
                progress(10 + int(85 * n / drafts.size()));
        }
    }

    {
        SqliteStatement cost(handle, "INSERT INTO service_costs (customer_id, date, category, amount, note) VALUES (?,?,?,?,?)");
        constexpr std::array categories{"entertainment", "travel", "samples", "other"};
        for (const CustomerDraft &customer : customers) {
            if (!chance(random, 0.4))
                continue;
            const int count = std::uniform_int_distribution<int>(1, 3)(random);
            for (int c = 0; c < count; ++c) {
                cost.bindInt(customer.id).bindTextCopy(pastDay(std::uniform_int_distribution<int>(0, 365 * 2)(random))).bindRequiredText(pick(random, categories))
                        .bindInt(qint64(std::uniform_int_distribution<int>(200, 20000)(random)) * 100).bindNull().insert();
                ++result.serviceCosts;
            }
        }
    }
    // Follow-ups (DOMAIN §8) for a third of the customers, a few each over the last 13 months;
    // the latest sometimes with a next date. Drawn after everything else, so a seed gives the
    // same customers and orders as before follow-ups existed.
    {
        SqliteStatement followUp(handle, "INSERT INTO follow_ups (customer_id, date, channel, staff, contact, content,"
                                       " outcome, next_date, created_at) VALUES (?,?,?,?,?,?,?,?,?)");
        std::vector<int> daysAgo;
        for (const CustomerDraft &customer : customers) {
            if (!chance(random, customer.weight > 5.0 ? 0.8 : 0.3))
                continue;
            const int count = std::uniform_int_distribution<int>(1, 4)(random);
            daysAgo.clear();
            for (int c = 0; c < count; ++c)
                daysAgo.push_back(std::uniform_int_distribution<int>(0, 400)(random));
            std::sort(daysAgo.begin(), daysAgo.end(), std::greater<int>());
            for (int c = 0; c < count; ++c) {
                followUp.bindInt(customer.id).bindTextCopy(pastDay(daysAgo[size_t(c)]))
                        .bindRequiredText(pick(random, FollowUpChannels)).bindTextCopy(customer.manager)
                        .bindTextCopy(customer.contact).bindRequiredText(pick(random, FollowUpContents));
                followUp.bindText(QByteArrayView(pick(random, FollowUpOutcomes))); // empty: none
                const int next = daysAgo[size_t(c)] - std::array{30, 60, 90}[size_t(std::uniform_int_distribution<int>(0, 2)(random))];
                if (c == count - 1 && chance(random, 0.5))
                    followUp.bindTextCopy(next >= 0 ? pastDay(next) : today.addDays(-next).toString(Qt::ISODate).toStdString());
                else
                    followUp.bindNull();
                followUp.bindTextCopy(now).insert();
                ++result.followUps;
            }
        }
    }
    for (DeferredIndexes &indexes : deferredIndexes)
        indexes.rebuild();
    OrderRollups::rebuild(db);
    OrderRollups::createTriggers(db);
    progress(98);
    QSqlQuery dangling = sql::exec(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (dangling.next())
        throw StorageError(StorageError::Kind::Failed,
                           QCoreApplication::translate("kehu::DemoDataGenerator", "Demo data refers to missing rows; nothing was written."),
                           dangling.value(0).toString());
    transaction.commit();
    progress(100);
    return result;
}

} // namespace kehu
