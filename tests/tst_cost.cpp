// Bill of materials rules and TCO arithmetic, on a hand-made price book (no database).

#include "model/cost.h"
#include "model/pricebook.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

hw::CostSettings plain()
{
    hw::CostSettings s;
    s.opsFte = 0;
    s.opsFteWorkstation = 0;
    s.opsFteClusterPerNode = 0;
    return s;
}

int day(const char *iso)
{
    int d = 0;
    hw::parseIsoDate(iso, &d);
    return d;
}

hw::PriceRecord price(hw::PartKind kind, const char *part, double amount, const char *currency = "CNY", const char *condition = "new",
                      const char *date = "2026-10-01")
{
    hw::PriceRecord r;
    r.kind = kind;
    r.partId = part;
    r.amount = amount;
    r.currency = currency;
    r.condition = condition;
    r.date = date;
    r.source = "test";
    return r;
}

hw::PlatformSpec platform(const char *id, int gpuSlots, int sockets, hw::MemoryType memory, double psu)
{
    hw::PlatformSpec p;
    p.id = id;
    p.name = id;
    p.gpuSlots = gpuSlots;
    p.sockets = sockets;
    p.memoryType = memory;
    p.psuW = psu;
    return p;
}

hw::GpuSpec h100()
{
    hw::GpuSpec g;
    g.id = "h100-sxm";
    g.name = "H100";
    g.tdpW = 700;
    g.memoryGB = 80;
    g.bandwidthGBs = 3350;
    g.bf16Tflops = 989;
    return g;
}

hw::CpuSpec xeon8358()
{
    hw::CpuSpec c;
    c.id = "xeon-8358";
    c.name = "Xeon 8358";
    c.memoryType = hw::MemoryType::Ddr4;
    c.memoryChannels = 8;
    c.memoryMTs = 3200;
    c.tdpW = 250;
    return c;
}

hw::GpuSpec a100()
{
    hw::GpuSpec g;
    g.id = "a100-80g";
    g.name = "A100 80GB";
    g.tdpW = 400;
    g.memoryGB = 80;
    g.bandwidthGBs = 2039;
    g.bf16Tflops = 312;
    return g;
}

// A GPU build, 2 sockets of DDR4, priced part by part; `system` adds a whole 8 x A100 node.
std::vector<hw::PriceRecord> a100Parts()
{
    return {price(hw::PartKind::Gpu, "a100-80g", 100000), price(hw::PartKind::Platform, "p8", 50000), price(hw::PartKind::Cpu, "xeon-8358", 20000),
            price(hw::PartKind::Memory, "ddr4", 10), price(hw::PartKind::Nvme, "nvme", 400), price(hw::PartKind::Nic, "ib-400g", 8000)};
}

const hw::BomLine *line(const hw::CostResult &c, hw::PartKind kind)
{
    for (const hw::BomLine &l : c.lines)
        if (l.kind == kind)
            return &l;
    return nullptr;
}

} // namespace

class TestCost final : public QObject
{
    Q_OBJECT

private slots:
    void dimmsPopulateEveryChannel_data()
    {
        QTest::addColumn<double>("ramGB");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("dimms");
        QTest::addColumn<int>("size");
        QTest::newRow("512 GB on 8 channels: 8 x 64") << 512.0 << 8 << 8 << 64;
        QTest::newRow("382 GB on 8 channels rounds up: 8 x 48") << 382.0 << 8 << 8 << 48;
        QTest::newRow("384 GB on 12 channels: 12 x 32") << 384.0 << 12 << 12 << 32;
        QTest::newRow("64 GB on 2 channels: 2 x 32") << 64.0 << 2 << 2 << 32;
        QTest::newRow("3 TB on 8 channels needs 2 per channel") << 3000.0 << 8 << 16 << 256;
        QTest::newRow("1 GB still fills every channel") << 1.0 << 16 << 16 << 8;
    }
    void dimmsPopulateEveryChannel()
    {
        QFETCH(double, ramGB);
        QFETCH(int, channels);
        QFETCH(int, dimms);
        QFETCH(int, size);
        const hw::DimmLayout l = hw::dimmLayout(ramGB, channels, 2);
        QCOMPARE(l.dimms, dimms);
        QCOMPARE(l.sizeGB, size);
        QCOMPARE(l.dimms % channels, 0);
        QVERIFY(l.totalGB() >= ramGB);
    }

    void platformRules_data()
    {
        QTest::addColumn<int>("gpus");
        QTest::addColumn<int>("sockets");
        QTest::addColumn<double>("powerW");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one GPU fits the small box") << 1 << 1 << 800.0 << u"small"_s;
        QTest::newRow("PSU headroom: 900 W x 1.2 > 1000 W") << 1 << 1 << 900.0 << u"big1"_s;
        QTest::newRow("two GPUs need more slots") << 2 << 1 << 800.0 << u"big1"_s;
        QTest::newRow("two sockets need a dual-socket board") << 4 << 2 << 3000.0 << u"dual"_s;
        QTest::newRow("nine GPUs: no platform") << 9 << 2 << 3000.0 << QString();
    }
    void platformRules()
    {
        QFETCH(int, gpus);
        QFETCH(int, sockets);
        QFETCH(double, powerW);
        QFETCH(QString, expected);
        hw::InMemoryPriceBook book({price(hw::PartKind::Platform, "small", 1000), price(hw::PartKind::Platform, "big1", 5000),
                                    price(hw::PartKind::Platform, "dual", 15000)},
                                   {platform("small", 1, 1, hw::MemoryType::Ddr5, 1000), platform("big1", 4, 1, hw::MemoryType::Ddr5, 2000),
                                    platform("dual", 8, 2, hw::MemoryType::Ddr5, 0)},
                                   plain(), day("2026-11-22"));
        std::optional<hw::PriceQuote> q;
        const hw::PlatformSpec *p = hw::choosePlatform(book, gpus, sockets, hw::MemoryType::Ddr5, powerW, plain(), &q);
        QCOMPARE(p ? QString::fromStdString(p->id) : QString(), expected);
    }

    // Seed 004: 8 x H100 at 700 W = 5.6 kW -> ~49,000 kWh and ~39,500 CNY a year at 0.8 CNY/kWh;
    // 2,796,000 CNY of hardware over 3 years -> 932,000 CNY a year.
    void seed004Tco()
    {
        hw::CostSettings s = plain();
        s.basePlatformW = 0;
        hw::Build b;
        b.gpu = h100();
        b.gpusPerNode = 8;
        hw::InMemoryPriceBook book({price(hw::PartKind::Gpu, "h100-sxm", 280000), price(hw::PartKind::Platform, "p8", 555600),
                                    price(hw::PartKind::Nvme, "nvme", 400)},
                                   {platform("p8", 8, 1, hw::MemoryType::Ddr5, 0)}, s, day("2026-01-01"));
        hw::Estimate e;
        const hw::CostResult c = hw::costOf(b, e, book, s);
        QCOMPARE(c.powerW, 5600.0);
        QVERIFY(qAbs(c.energyKWhPerYear - 49000) / 49000 < 0.01);
        QVERIFY(qAbs(c.powerCostPerYear - 39500) / 39500 < 0.01);
        QCOMPARE(c.capex, 2796000.0);
        QVERIFY(c.complete());
        QCOMPARE(c.tcoPerYear - c.powerCostPerYear, 932000.0);
        s.opsFte = 0.5; // seed 004: half of a 300,000 CNY engineer
        const hw::CostResult withOps = hw::costOf(b, e, book, s);
        QCOMPARE(withOps.opsCostPerYear, 150000.0);
        QVERIFY(!withOps.assumptions.empty());
    }

    // Operations are charged by build class: a desk box is not charged half an engineer.
    void operationsCostByBuildClass()
    {
        const hw::CostSettings s; // the documented defaults
        hw::InMemoryPriceBook book({}, {}, s, day("2026-01-01"));
        const hw::Estimate e;
        hw::GpuSpec consumer = h100();
        consumer.id = "rtx";
        consumer.gpuClass = hw::GpuClass::Consumer;
        hw::CpuSpec desktop = xeon8358();
        desktop.memoryChannels = 4;
        hw::Build box;
        box.gpu = consumer;
        box.gpusPerNode = 1;
        box.cpu = desktop;
        QCOMPARE(hw::buildClass(box), hw::BuildClass::Workstation);
        const hw::CostResult boxCost = hw::costOf(box, e, book, s);
        QCOMPARE(boxCost.buildClass, hw::BuildClass::Workstation);
        QCOMPARE(boxCost.opsCostPerYear, s.opsFteWorkstation * s.opsSalaryPerYear);
        QVERIFY(boxCost.opsCostPerYear < 0.5 * 300000 / 10);
        hw::Build server = box;
        server.gpu = h100();
        server.gpu->gpuClass = hw::GpuClass::DatacenterTraining;
        server.gpusPerNode = 8;
        server.cpu = xeon8358();
        server.sockets = 2;
        QCOMPARE(hw::buildClass(server), hw::BuildClass::Server);
        QCOMPARE(hw::costOf(server, e, book, s).opsCostPerYear, 150000.0); // half of a 300,000 CNY engineer
        hw::Build fourCards = box; // more than 4 consumer cards in one box: a server
        fourCards.gpusPerNode = 6;
        QCOMPARE(hw::buildClass(fourCards), hw::BuildClass::Server);
        hw::Build cluster = server;
        cluster.nodes = 3;
        const hw::CostResult clusterCost = hw::costOf(cluster, e, book, s);
        QCOMPARE(clusterCost.buildClass, hw::BuildClass::Cluster);
        QCOMPARE(clusterCost.opsFte, 3 * s.opsFteClusterPerNode);
        QCOMPARE(clusterCost.opsCostPerYear, 3 * s.opsFteClusterPerNode * s.opsSalaryPerYear);
        hw::GpuSpec mac = consumer;
        mac.unified = true;
        hw::Build macs;
        macs.gpu = mac;
        macs.gpusPerNode = 1;
        QCOMPARE(hw::buildClass(macs), hw::BuildClass::Workstation);
        macs.nodes = 20;
        QCOMPARE(hw::buildClass(macs), hw::BuildClass::Cluster);
        // The class and its FTE are said in the assumptions.
        bool said = false;
        for (const hw::Message &m : boxCost.assumptionMessages)
            said = said || QString::fromLatin1(m.text).contains(u"workstation"_s);
        QVERIFY(said);
    }

    void historyStaleAndCurrency()
    {
        hw::CostSettings s = plain();
        hw::InMemoryPriceBook book({price(hw::PartKind::Gpu, "a", 100, "CNY", "new", "2026-01-01"),
                                    price(hw::PartKind::Gpu, "a", 120, "CNY", "new", "2026-10-01"),
                                    price(hw::PartKind::Gpu, "a", 50, "CNY", "used", "2026-11-01"),
                                    price(hw::PartKind::Gpu, "b", 1000, "USD", "new", "2020-01-01"),
                                    price(hw::PartKind::Gpu, "c", 70, "CNY", "refurbished", "2026-11-01")},
                                   {}, s, day("2026-11-22"));
        const auto a = book.latest(hw::PartKind::Gpu, "a");
        QVERIFY(a);
        QCOMPARE(a->amount, 120.0);       // the latest new price; the older one is kept in the history
        QCOMPARE(a->condition, std::string("new"));
        QCOMPARE(a->ageDays, 52);
        QVERIFY(!a->stale);
        QCOMPARE(book.records().size(), std::size_t(5));
        const auto b = book.latest(hw::PartKind::Gpu, "b");
        QCOMPARE(b->amount, 7100.0);      // USD at the default 7.1
        QVERIFY(b->stale);
        QCOMPARE(book.latest(hw::PartKind::Gpu, "c")->condition, std::string("refurbished")); // no new price: the other one, marked
        QVERIFY(!book.latest(hw::PartKind::Cpu, "a"));
        QCOMPARE(book.latestRecords().size(), std::size_t(4)); // a/new, a/used, b/new, c/refurbished
        // The lowest ever recorded, any date or condition: the floor an offer of unknown date is held to.
        QCOMPARE(book.lowest(hw::PartKind::Gpu, "a")->amount, 50.0);
        QCOMPARE(book.lowest(hw::PartKind::Gpu, "a")->date, std::string("2026-11-01"));
        QVERIFY(!book.lowest(hw::PartKind::Cpu, "a"));
    }

    // A line is the quantity times the unit price shown, to the cent, as on an invoice: 512 GB at 14.063 USD
    // (99.8473 CNY) is 512 x 99.85 = 51,123.20, and the capex is the sum of such lines.
    void linesAddUpAsOnAnInvoice()
    {
        QCOMPARE(hw::lineAmount(14.063 * 7.1, 512), 51123.20);
        QCOMPARE(hw::lineAmount(1000.004, 1), 1000.0);
        QCOMPARE(hw::lineAmount(0.125, 3), 0.39); // 3 x 0.13 (the unit shown), not 0.375 rounded
    }

    // A price in a currency other than CNY and USD converts at the table rate of that currency nearest its
    // date, and says so in its source; in a currency without a rate it cannot price the part (never as 0).
    void exchangeRateNearestTheDate()
    {
        const std::vector<hw::ExchangeRate> rates = {{"EUR", 7.8335, "2023-12-26", "CFETS 2023-12-26", ""},
                                                     {"EUR", 8.2056, "2025-11-27", "CFETS 2025-11-27", ""},
                                                     {"EUR", 7.9989, "2026-05-08", "ECB 2026-05-08", ""},
                                                     {"JPY", 0.045267, "2025-11-27", "CFETS 2025-11-27", ""}};
        hw::CostSettings s = plain();
        hw::InMemoryPriceBook book({price(hw::PartKind::Gpu, "eur-late", 1000, "EUR", "new", "2026-10-01"),
                                    price(hw::PartKind::Gpu, "eur-early", 1000, "EUR", "new", "2025-10-01"),
                                    price(hw::PartKind::Gpu, "eur-old", 1000, "EUR", "new", "2024-03-01"),
                                    price(hw::PartKind::Gpu, "yen", 100000, "JPY", "new", "2026-10-01"),
                                    price(hw::PartKind::Gpu, "rupee", 100000, "INR", "new", "2026-10-01")},
                                   {}, s, day("2026-12-01"), rates);
        const auto late = book.latest(hw::PartKind::Gpu, "eur-late");
        QVERIFY(late);
        QCOMPARE(late->amount, 7998.9); // 1,000 EUR at the 2026-05-08 rate, the nearest to 2026-10-01
        QCOMPARE(late->cnyPerUnit, 7.9989);
        QCOMPARE(late->rateDate, std::string("2026-05-08"));
        QCOMPARE(late->currency, std::string("EUR"));
        QCOMPARE(late->originalAmount, 1000.0);
        QVERIFY2(late->source.find("7.9989 CNY/EUR, rate of 2026-05-08: ECB 2026-05-08") != std::string::npos, late->source.c_str());
        QCOMPARE(book.latest(hw::PartKind::Gpu, "eur-early")->amount, 8205.6); // nearest: 2025-11-27
        QCOMPARE(book.latest(hw::PartKind::Gpu, "eur-old")->amount, 7833.5);   // nearest: 2023-12-26
        QVERIFY(qAbs(book.latest(hw::PartKind::Gpu, "yen")->amount - 4526.7) < 1e-6);
        QVERIFY(!book.latest(hw::PartKind::Gpu, "rupee")); // INR has no rate here
        QVERIFY(!book.quoteOf(book.records().back()));
        // Reported in USD: through CNY at the settings' rate.
        s.currency = "USD";
        s.usdToCny = 7.0;
        hw::InMemoryPriceBook usd({price(hw::PartKind::Gpu, "eur-late", 1000, "EUR", "new", "2026-10-01")}, {}, s, day("2026-12-01"), rates);
        QVERIFY(qAbs(usd.latest(hw::PartKind::Gpu, "eur-late")->amount - 7998.9 / 7.0) < 1e-9);
    }

    // Two quotes of the same day in different currencies: the cheaper one in CNY wins, not the smaller number.
    void sameDayQuotesCompareInCny()
    {
        hw::CostSettings s = plain();
        hw::InMemoryPriceBook book({price(hw::PartKind::Nic, "n", 1000, "USD", "new", "2026-09-15"),
                                    price(hw::PartKind::Nic, "n", 900, "GBP", "new", "2026-09-15")},
                                   {}, s, day("2026-12-01"), {{"GBP", 9.2569, "2026-05-08", "ECB", ""}});
        const auto q = book.latest(hw::PartKind::Nic, "n");
        QCOMPARE(q->currency, std::string("USD")); // 7,100 CNY < 900 x 9.2569 = 8,331 CNY
        QCOMPARE(q->amount, 7100.0);
    }

    // USD keeps converting at the user's setting even when the table holds other rates.
    void usdUsesTheSettingsRate()
    {
        hw::CostSettings s = plain();
        s.usdToCny = 6.8;
        hw::InMemoryPriceBook book({price(hw::PartKind::Gpu, "g", 1000, "USD")}, {}, s, day("2026-12-01"), {{"USD", 7.5, "2026-10-01", "x", ""}});
        const auto q = book.latest(hw::PartKind::Gpu, "g");
        QCOMPARE(q->amount, 6800.0);
        QCOMPARE(q->rateSource, std::string("settings"));
        QCOMPARE(q->source, std::string("test")); // no conversion note: the assumptions state the USD rate
    }

    // The only price of a part in a currency without a rate: the part is unpriced, the capex a lower bound,
    // the ratios absent; another record of the part in a convertible currency prices it instead.
    void currencyWithoutRateLeavesThePartUnpriced()
    {
        hw::CostSettings s = plain();
        hw::Build b;
        b.gpu = h100();
        b.gpusPerNode = 1;
        hw::Estimate e;
        e.maxUsers = 4;
        e.decodeAggregate = 40;
        const std::vector<hw::PriceRecord> others = {price(hw::PartKind::Platform, "p1", 1000), price(hw::PartKind::Nvme, "nvme", 400)};
        const std::vector<hw::PlatformSpec> platforms = {platform("p1", 1, 1, hw::MemoryType::Ddr5, 0)};
        auto with = [&](std::vector<hw::PriceRecord> gpuPrices) {
            std::vector<hw::PriceRecord> all = others;
            all.insert(all.end(), gpuPrices.begin(), gpuPrices.end());
            return all;
        };
        hw::InMemoryPriceBook noRate(with({price(hw::PartKind::Gpu, "h100-sxm", 30000, "GBP", "new", "2026-11-01")}), platforms, s, day("2026-12-01"),
                                     {{"EUR", 7.9989, "2026-05-08", "ECB", ""}});
        const hw::CostResult c = hw::costOf(b, e, noRate, s);
        QVERIFY(!c.complete());
        QCOMPARE(c.unpricedCount(), 1);
        QCOMPARE(c.missingPrices.front(), std::string("gpu h100-sxm"));
        QCOMPARE(c.capex, 1400.0); // the platform and the NVMe only: the GBP quote is not counted as anything
        QVERIFY(!c.perUser);
        QVERIFY(!c.perMillionTokens);
        // The same part also quoted, older, in EUR: that quote prices it.
        hw::InMemoryPriceBook fallback(with({price(hw::PartKind::Gpu, "h100-sxm", 30000, "GBP", "new", "2026-11-01"),
                                             price(hw::PartKind::Gpu, "h100-sxm", 25000, "EUR", "new", "2026-06-01")}),
                                       platforms, s, day("2026-12-01"), {{"EUR", 7.9989, "2026-05-08", "ECB", ""}});
        const hw::CostResult f = hw::costOf(b, e, fallback, s);
        QVERIFY(f.complete());
        QVERIFY(qAbs(f.capex - (1400.0 + 25000 * 7.9989)) < 1e-6);
        QVERIFY(f.perUser);
    }

    void memoryIsPricedBySpeedWhenQuoted()
    {
        hw::CpuSpec cpu;
        cpu.id = "x";
        cpu.memoryChannels = 8;
        cpu.memoryMTs = 4800;
        cpu.memoryType = hw::MemoryType::Ddr5;
        hw::Build b;
        b.cpu = cpu;
        b.ramGB = 512;
        hw::InMemoryPriceBook generic({price(hw::PartKind::Memory, "ddr5", 20)}, {}, plain(), day("2026-11-22"));
        hw::InMemoryPriceBook bySpeed({price(hw::PartKind::Memory, "ddr5", 20), price(hw::PartKind::Memory, "ddr5-4800", 25),
                                       price(hw::PartKind::Memory, "ddr5-5600", 30)},
                                      {}, plain(), day("2026-11-22"));
        const auto memoryLine = [](const hw::CostResult &c) {
            for (const hw::BomLine &l : c.lines)
                if (l.kind == hw::PartKind::Memory)
                    return l;
            return hw::BomLine();
        };
        QCOMPARE(memoryLine(hw::costOf(b, hw::Estimate(), generic, plain())).total(), 512 * 20.0);
        QCOMPARE(memoryLine(hw::costOf(b, hw::Estimate(), bySpeed, plain())).total(), 512 * 25.0);
        b.ramMTs = 6400; // faster DIMMs than the CPU runs: priced at the speed it runs, 4800
        QCOMPARE(memoryLine(hw::costOf(b, hw::Estimate(), bySpeed, plain())).part, std::string("ddr5-4800"));
    }

    void missingPriceIsNamedAndLeftOut()
    {
        hw::Build b;
        b.gpu = h100();
        b.gpusPerNode = 2;
        hw::InMemoryPriceBook book({price(hw::PartKind::Nvme, "nvme", 400)}, {}, plain(), day("2026-11-22"));
        const hw::CostResult c = hw::costOf(b, hw::Estimate(), book, plain());
        QVERIFY(!c.complete());
        QCOMPARE(c.capex, 400.0);
        QCOMPARE(c.missingPrices.size(), std::size_t(2)); // the GPU and a platform for it
    }

    // Whichever part lacks a price, the capex is the priced lines only and says "at least"; the ratios do not exist.
    void unpricedPartIsNeverZero_data()
    {
        QTest::addColumn<QString>("unpriced"); // the part kind removed from the price book, "" = none
        QTest::addColumn<bool>("complete");
        QTest::newRow("every part priced") << QString() << true;
        QTest::newRow("no GPU price") << u"gpu"_s << false;
        QTest::newRow("no CPU price") << u"cpu"_s << false;
        QTest::newRow("no memory price") << u"memory"_s << false;
        QTest::newRow("no NIC price (two nodes)") << u"nic"_s << false;
        QTest::newRow("no platform price") << u"platform"_s << false;
    }

    void unpricedPartIsNeverZero()
    {
        QFETCH(QString, unpriced);
        QFETCH(bool, complete);
        std::vector<hw::PriceRecord> records;
        for (const hw::PriceRecord &r : a100Parts())
            if (unpriced.toStdString() != hw::partKindName(r.kind))
                records.push_back(r);
        hw::InMemoryPriceBook book(records, {platform("p8", 8, 2, hw::MemoryType::Ddr4, 0)}, plain(), day("2026-11-22"));
        hw::Build b;
        b.gpu = a100();
        b.gpusPerNode = 4; // no whole system of 4 is quoted: priced part by part
        b.nodes = 2;
        b.cpu = xeon8358();
        b.sockets = 2;
        b.ramGB = 256;
        hw::Estimate e;
        e.maxUsers = 10;
        e.decodeAggregate = 100;
        const hw::CostResult c = hw::costOf(b, e, book, plain());
        QCOMPARE(c.complete(), complete);
        double priced = 0;
        int missing = 0;
        for (const hw::BomLine &l : c.lines) {
            priced += l.price ? l.price->amount * l.qty : 0;
            missing += !l.price;
        }
        QCOMPARE(c.capex, priced);
        QCOMPARE(c.unpricedCount(), missing);
        QCOMPARE(c.perUser.has_value(), complete);
        QCOMPARE(c.perMillionTokens.has_value(), complete);
        const std::string text = hw::english({hw::capexMessage(c, "X")});
        if (complete) {
            QCOMPARE(text, std::string("X CNY"));
            QCOMPARE(*c.perUser, c.capex / 10);
        } else {
            QCOMPARE(missing, 1);
            QCOMPARE(text, std::string("incomplete: at least X CNY, 1 part unpriced"));
            QCOMPARE(hw::english({hw::tcoMessage(c, "Y")}), std::string("at least Y CNY/year (capex incomplete)"));
        }
    }

    void capexMessageCountsTheUnpricedParts()
    {
        hw::CostResult c;
        c.currency = "CNY";
        c.missingPrices = {"gpu a", "cpu b", "nic c"};
        QCOMPARE(hw::english({hw::capexMessage(c, "400")}), std::string("incomplete: at least 400 CNY, 3 parts unpriced"));
    }

    // A whole-system price replaces the GPU, platform and CPU lines when the GPU and the count per node match it.
    void wholeSystemPriceWhenTheBuildMatches_data()
    {
        QTest::addColumn<QString>("gpu");
        QTest::addColumn<int>("gpusPerNode");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<bool>("system");
        QTest::addColumn<double>("capex");
        // 8 x A100 node quoted at 1,850,000 (seed 000); two nodes add an InfiniBand adapter each.
        QTest::newRow("8 x A100, one node") << u"a100-80g"_s << 8 << 1 << true << 1850000.0;
        QTest::newRow("2 nodes x 8 x A100") << u"a100-80g"_s << 8 << 2 << true << 2 * 1850000.0 + 2 * 8000.0;
        // 4 GPUs is not the quoted machine: part by part (4 x 100,000 + 50,000 + 2 x 20,000 + 256 GB x 10 + 1 TB x 400).
        QTest::newRow("4 x A100: no system of 4") << u"a100-80g"_s << 4 << 1 << false << 400000.0 + 50000 + 40000 + 2560 + 400;
        QTest::newRow("8 x H100: no H100 system") << u"h100-sxm"_s << 8 << 1 << false << -1.0;
    }

    void wholeSystemPriceWhenTheBuildMatches()
    {
        QFETCH(QString, gpu);
        QFETCH(int, gpusPerNode);
        QFETCH(int, nodes);
        QFETCH(bool, system);
        QFETCH(double, capex);
        std::vector<hw::PriceRecord> records = a100Parts();
        hw::PriceRecord node = price(hw::PartKind::System, "a100-80g:8", 1850000);
        node.note = "2 x Xeon 8358, 512 GB, 5 TB";
        records.push_back(node);
        hw::InMemoryPriceBook book(records, {platform("p8", 8, 2, hw::MemoryType::Ddr4, 0)}, plain(), day("2026-11-22"));
        hw::Build b;
        b.gpu = gpu == u"a100-80g"_s ? a100() : h100();
        b.gpusPerNode = gpusPerNode;
        b.nodes = nodes;
        b.cpu = xeon8358();
        b.sockets = 2;
        b.ramGB = 256;
        hw::Estimate e;
        e.weightsGB = 200;
        const hw::CostResult c = hw::costOf(b, e, book, plain());
        const hw::BomLine *s = line(c, hw::PartKind::System);
        QCOMPARE(s != nullptr, system);
        if (system) {
            QCOMPARE(s->qty, double(nodes));
            QCOMPARE(s->part, std::string("a100-80g:8"));
            QCOMPARE(s->name, std::string("8 x A100 80GB server (as quoted: 2 x Xeon 8358, 512 GB, 5 TB)"));
            for (hw::PartKind k : {hw::PartKind::Gpu, hw::PartKind::Platform, hw::PartKind::Cpu, hw::PartKind::Memory, hw::PartKind::Nvme})
                QVERIFY2(!line(c, k), hw::partKindName(k));
            QCOMPARE(line(c, hw::PartKind::Nic) != nullptr, nodes > 1);
            QVERIFY(c.complete());
            // The buyer is told what to check against the quote.
            QVERIFY(std::any_of(c.assumptions.begin(), c.assumptions.end(),
                                [](const std::string &a) { return a.find("check that it holds 2 x Xeon 8358 and 256 GB of RAM") != std::string::npos; }));
        } else {
            QVERIFY(line(c, hw::PartKind::Cpu));
        }
        if (capex >= 0)
            QCOMPARE(c.capex, capex);
        else
            QVERIFY(!c.complete()); // the H100 card has no price here
    }

    // The stale mark follows the limit in the settings.
    void staleFollowsTheSetting_data()
    {
        QTest::addColumn<int>("staleDays");
        QTest::addColumn<bool>("stale");
        QTest::newRow("limit 30: a 52-day-old price is stale") << 30 << true;
        QTest::newRow("limit 52: not yet") << 52 << false;
        QTest::newRow("limit 180 (default): fresh") << 180 << false;
    }

    void staleFollowsTheSetting()
    {
        QFETCH(int, staleDays);
        QFETCH(bool, stale);
        hw::CostSettings s = plain();
        s.staleDays = staleDays;
        hw::InMemoryPriceBook book({price(hw::PartKind::Gpu, "a", 100, "CNY", "new", "2026-10-01")}, {}, s, day("2026-11-22"));
        const auto q = book.latest(hw::PartKind::Gpu, "a");
        QCOMPARE(q->ageDays, 52);
        QCOMPARE(q->stale, stale);
        hw::Build b;
        QCOMPARE(hw::costOf(b, hw::Estimate(), book, s).staleDays, staleDays);
    }
};

QTEST_APPLESS_MAIN(TestCost)
#include "tst_cost.moc"
