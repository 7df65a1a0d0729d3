#include "db/pricecsv.h"

#include "db/safeio.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringConverter>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace hwdb {

namespace {

constexpr int kDescribedRows = 1000; // lines shown for an import; the rest are counted

enum Column { Kind, Part, Vendor, Price, Currency, Condition, Date, Source, Note, ColumnCount };

// RFC 4180 records, read as the text arrives: quoted fields may hold the delimiter, doubled quotes
// and line breaks. Memory stays at one record, whatever the file's size.
class CsvRecords
{
public:
    explicit CsvRecords(QChar delimiter) : m_delimiter(delimiter) {}

    // Feeds text; onRecord(fields, line) gets each complete record and returns false to stop.
    template<typename OnRecord>
    bool feed(QStringView text, const OnRecord &onRecord)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar ch = text.at(i);
            if (m_afterCr) { // CR LF is one break
                m_afterCr = false;
                if (ch == u'\n' && !m_quoted)
                    continue;
            }
            if (m_quoted) {
                if (m_quoteSeen) {
                    m_quoteSeen = false;
                    if (ch == u'"') {
                        m_field += u'"';
                        continue;
                    }
                    m_quoted = false; // the closing quote; this character is read unquoted below
                } else if (ch == u'"') {
                    m_quoteSeen = true;
                    continue;
                } else {
                    if (ch == u'\n')
                        ++m_line;
                    m_field += ch;
                    continue;
                }
            }
            if (ch == u'"' && !m_fieldStarted) {
                m_quoted = m_fieldStarted = true;
            } else if (ch == m_delimiter) {
                m_record << m_field;
                m_field.clear();
                m_fieldStarted = false;
            } else if (ch == u'\n' || ch == u'\r') {
                m_afterCr = ch == u'\r';
                if (!endRecord(onRecord))
                    return false;
                ++m_line;
                m_recordLine = m_line;
            } else {
                m_field += ch;
                m_fieldStarted = true;
            }
        }
        return true;
    }
    template<typename OnRecord>
    bool finish(const OnRecord &onRecord)
    {
        m_quoted = m_quoteSeen = false;
        return (!m_fieldStarted && m_record.isEmpty()) || endRecord(onRecord);
    }

private:
    template<typename OnRecord>
    bool endRecord(const OnRecord &onRecord)
    {
        m_record << m_field;
        m_field.clear();
        m_fieldStarted = false;
        QList<QString> record;
        record.swap(m_record);
        if (record.size() == 1 && record.first().trimmed().isEmpty())
            return true; // a blank line
        return onRecord(record, m_recordLine);
    }

    QChar m_delimiter;
    QList<QString> m_record;
    QString m_field;
    bool m_quoted = false, m_quoteSeen = false, m_fieldStarted = false, m_afterCr = false;
    int m_line = 1, m_recordLine = 1;
};

// A price as written in a list: digits with an optional decimal point, thousands separated by
// commas in groups of three ("1,234,567.50"), ¥ or $ around it. A decimal comma ("185000,50",
// "1.234,56") is ambiguous and refused rather than read as 18,500,050.
bool parsePrice(QString text, double *value)
{
    static const QRegularExpression grouped(u"^[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?$"_s);
    static const QRegularExpression plain(u"^[0-9]+(\\.[0-9]+)?$"_s);
    text.remove(u'¥');
    text.remove(u'$');
    text.remove(u' ');
    if (grouped.match(text).hasMatch())
        text.remove(u',');
    else if (!plain.match(text).hasMatch())
        return false;
    bool ok = false;
    *value = text.toDouble(&ok);
    return ok;
}

QString canonicalKind(const QString &v)
{
    const QString s = v.trimmed().toLower();
    static const QList<QPair<QString, QStringList>> names = {
        {u"gpu"_s, {u"gpu"_s, u"显卡"_s, u"加速卡"_s, u"machine"_s}},
        {u"cpu"_s, {u"cpu"_s, u"处理器"_s}},
        {u"memory"_s, {u"memory"_s, u"ram"_s, u"内存"_s}},
        {u"platform"_s, {u"platform"_s, u"chassis"_s, u"server"_s, u"平台"_s, u"机箱"_s, u"服务器"_s, u"准系统"_s}},
        {u"nvme"_s, {u"nvme"_s, u"ssd"_s, u"硬盘"_s, u"固态硬盘"_s}},
        {u"nic"_s, {u"nic"_s, u"网卡"_s}},
        {u"system"_s, {u"system"_s, u"整机"_s, u"whole machine"_s}},
    };
    for (const auto &n : names)
        if (n.second.contains(s))
            return n.first;
    return {};
}

QString canonicalCurrency(const QString &v)
{
    const QString s = v.trimmed().toUpper();
    if (s == u"CNY" || s == u"RMB" || s == u"元" || s == u"¥" || s == u"人民币")
        return u"CNY"_s;
    if (s == u"USD" || s == u"$" || s == u"US$" || s == u"美元")
        return u"USD"_s;
    return {};
}

QString canonicalCondition(const QString &v)
{
    const QString s = v.trimmed().toLower();
    if (s == u"new" || s == u"全新" || s == u"新")
        return u"new"_s;
    if (s == u"used" || s == u"二手" || s == u"拆机")
        return u"used"_s;
    if (s == u"refurbished" || s == u"翻新")
        return u"refurbished"_s;
    return {};
}

} // namespace

const QList<QStringList> &priceCsvHeaders()
{
    static const QList<QStringList> headers = {
        {u"kind"_s, u"part_kind"_s, u"类别"_s, u"类型"_s, u"种类"_s},
        {u"part"_s, u"part_id"_s, u"model"_s, u"型号"_s, u"配件"_s, u"部件"_s},
        {u"vendor"_s, u"supplier"_s, u"供应商"_s, u"厂商"_s, u"商家"_s},
        {u"price"_s, u"unit_price"_s, u"价格"_s, u"单价"_s},
        {u"currency"_s, u"币种"_s, u"货币"_s},
        {u"condition"_s, u"成色"_s, u"状态"_s, u"新旧"_s},
        {u"date"_s, u"price_date"_s, u"日期"_s, u"报价日期"_s},
        {u"source"_s, u"来源"_s, u"出处"_s},
        {u"note"_s, u"notes"_s, u"备注"_s},
    };
    return headers;
}

bool parsePriceCsv(QIODevice *in, const QString &fileName, const hw::Catalog &catalog, std::vector<hw::PriceRecord> *records,
                   QStringList *descriptions, QString *error)
{
    const int today = todayDays();
    int columnOf[ColumnCount];
    std::fill(std::begin(columnOf), std::end(columnOf), -1);
    bool header = true;
    int dataRows = 0;
    const auto onRecord = [&](const QList<QString> &row, int line) {
        if (header) {
            header = false;
            for (int i = 0; i < row.size(); ++i) {
                const QString name = row.at(i).trimmed().toLower();
                for (int c = 0; c < ColumnCount; ++c)
                    if (priceCsvHeaders().at(c).contains(name))
                        columnOf[c] = i;
            }
            for (int c : {Kind, Part, Price, Currency, Condition, Date, Source}) {
                if (columnOf[c] < 0) {
                    *error = u"%1:%2: missing column '%3' (also accepted: %4)"_s.arg(fileName).arg(line).arg(
                        priceCsvHeaders().at(c).first(), priceCsvHeaders().at(c).mid(1).join(u", "_s));
                    return false;
                }
            }
            return true;
        }
        const auto cell = [&](int c) { return columnOf[c] >= 0 && columnOf[c] < row.size() ? row.at(columnOf[c]).trimmed() : QString(); };
        const auto fail = [&](int c, const QString &why) {
            *error = u"%1:%2:%3: %4: %5"_s.arg(fileName).arg(line).arg(columnOf[c] + 1).arg(priceCsvHeaders().at(c).first(), why);
            return false;
        };
        for (int c = 0; c < ColumnCount; ++c)
            if (cell(c).size() > limits::textFieldChars)
                return fail(c, u"%1 characters; at most %2"_s.arg(cell(c).size()).arg(limits::textFieldChars));
        hw::PriceRecord rec;
        const QString kind = canonicalKind(cell(Kind));
        if (kind.isEmpty() || !hw::partKindFromName(kind.toStdString(), &rec.kind))
            return fail(Kind, u"unknown part kind \"%1\" (gpu, cpu, memory, platform, nvme, nic, system)"_s.arg(cell(Kind)));
        rec.partId = hw::normaliseId(cell(Part).toStdString()); // system parts: "<gpu id>:<GPU count>"
        if (!catalog.knowsPart(rec.kind, rec.partId))
            return fail(Part, u"no %1 \"%2\" in the catalog"_s.arg(kind, cell(Part)));
        if (!parsePrice(cell(Price), &rec.amount))
            return fail(Price, u"not a price: \"%1\" (digits with a decimal point, e.g. 185000.50 or 185,000.50; a decimal comma is not accepted)"_s
                                   .arg(cell(Price)));
        if (!(rec.amount > 0) || rec.amount > 1e9)
            return fail(Price, u"\"%1\" is outside 0 < price <= 1,000,000,000"_s.arg(cell(Price)));
        // CNY and USD by any of their names; another currency by its ISO code when the catalog has a rate for it.
        QString currency = canonicalCurrency(cell(Currency));
        const std::vector<std::string> known = hw::priceCurrencies(catalog.exchangeRates);
        if (currency.isEmpty() && std::find(known.begin(), known.end(), cell(Currency).toUpper().toStdString()) != known.end())
            currency = cell(Currency).toUpper();
        if (currency.isEmpty()) {
            QStringList names;
            for (const std::string &c : known)
                names << QString::fromStdString(c);
            return fail(Currency, u"unknown currency \"%1\" (%2: a currency with an exchange rate in the catalog)"_s.arg(cell(Currency), names.join(u", "_s)));
        }
        rec.currency = currency.toStdString();
        const QString condition = canonicalCondition(cell(Condition));
        if (condition.isEmpty())
            return fail(Condition, u"unknown condition \"%1\" (new, used, refurbished / 全新, 二手, 翻新)"_s.arg(cell(Condition)));
        rec.condition = condition.toStdString();
        rec.date = QString(cell(Date)).replace(u'/', u'-').toStdString();
        int days = 0;
        if (!hw::parseIsoDate(rec.date, &days))
            return fail(Date, u"not a date YYYY-MM-DD: \"%1\""_s.arg(cell(Date)));
        if (days > today)
            return fail(Date, u"%1 is in the future; a price is dated when it was quoted"_s.arg(cell(Date)));
        if (days < today - 365 * 30)
            return fail(Date, u"%1 is more than 30 years ago"_s.arg(cell(Date)));
        rec.source = cell(Source).toStdString();
        if (rec.source.empty())
            return fail(Source, u"every price needs a source (URL, quote number or document)"_s);
        rec.vendor = cell(Vendor).toStdString();
        rec.note = cell(Note).toStdString();
        records->push_back(rec);
        if (++dataRows <= kDescribedRows)
            descriptions->append(u"%1 %2: %3 %4 (%5, %6, %7)"_s.arg(kind, QString::fromStdString(rec.partId)).arg(rec.amount, 0, 'f', 2)
                                     .arg(currency, condition, QString::fromStdString(rec.date), QString::fromStdString(rec.vendor)));
        return true;
    };

    auto decoder = QStringDecoder(QStringDecoder::Utf8);
    std::optional<CsvRecords> csv;
    QString pending; // decoded text up to a complete line: NFKC folds whole lines (full-width digits and punctuation)
    bool first = true;
    const auto process = [&](QString text, bool last) {
        if (first) {
            if (text.startsWith(QChar(0xFEFF)))
                text.remove(0, 1);
            first = false;
        }
        pending += text;
        const qsizetype cut = last ? pending.size() : pending.lastIndexOf(u'\n') + 1;
        if (cut <= 0)
            return true;
        const QString lines = pending.left(cut).normalized(QString::NormalizationForm_KC);
        pending.remove(0, cut);
        if (!csv) { // the delimiter is the header line's: a tab if it has one
            const qsizetype firstBreak = lines.indexOf(u'\n');
            csv.emplace(lines.left(firstBreak < 0 ? lines.size() : firstBreak).contains(u'\t') ? u'\t' : u',');
        }
        return csv->feed(lines, onRecord) && (!last || csv->finish(onRecord));
    };
    constexpr qint64 chunk = 1 << 20;
    qint64 total = 0;
    while (!in->atEnd()) {
        const QByteArray bytes = in->read(chunk);
        if (bytes.isEmpty())
            break;
        total += bytes.size();
        if (total > limits::priceCsvBytes) {
            *error = u"%1: more than %2 MiB; split the price list"_s.arg(fileName).arg(limits::priceCsvBytes >> 20);
            return false;
        }
        QString text = decoder(bytes);
        if (decoder.hasError()) {
            *error = u"%1: not UTF-8 text (save the price list as UTF-8)"_s.arg(fileName);
            return false;
        }
        if (!process(std::move(text), false))
            return false;
    }
    if (!process(QString(), true))
        return false;
    if (header) {
        *error = u"%1: empty file"_s.arg(fileName);
        return false;
    }
    if (dataRows > kDescribedRows)
        descriptions->append(u"... and %1 more rows"_s.arg(dataRows - kDescribedRows));
    return true;
}

bool parsePriceCsv(const QByteArray &bytes, const QString &fileName, const hw::Catalog &catalog, std::vector<hw::PriceRecord> *records,
                   QStringList *descriptions, QString *error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return parsePriceCsv(&buffer, fileName, catalog, records, descriptions, error);
}

bool importPriceCsv(CatalogDatabase &db, const QString &path, const hw::Catalog &catalog, bool dryRun, PriceImportResult *result,
                    QString *error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = info.exists() ? u"%1: not a regular file"_s.arg(path) : u"%1: no such file"_s.arg(path);
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"%1: cannot read: %2"_s.arg(path, f.errorString());
        return false;
    }
    std::vector<hw::PriceRecord> records;
    if (!parsePriceCsv(&f, path, catalog, &records, &result->lines, error))
        return false;
    result->rows = int(records.size());
    if (!db.addPrices(records, dryRun, &result->added, &result->unchanged)) {
        *error = db.errorString();
        return false;
    }
    return true;
}

bool exportPriceCsv(const hw::Catalog &catalog, const QString &path, QString *error)
{
    QStringList out;
    QStringList header;
    for (const QStringList &names : priceCsvHeaders())
        header << names.first();
    out << header.join(u',');
    for (const hw::PriceRecord &r : catalog.prices) {
        out << QStringList{QString::fromLatin1(hw::partKindName(r.kind)), csvCell(QString::fromStdString(r.partId)), csvCell(QString::fromStdString(r.vendor)),
                           QString::number(r.amount, 'g', 12), csvCell(QString::fromStdString(r.currency)), csvCell(QString::fromStdString(r.condition)),
                           csvCell(QString::fromStdString(r.date)), csvCell(QString::fromStdString(r.source)), csvCell(QString::fromStdString(r.note))}
                   .join(u',');
    }
    return writeFileAtomically(path, QByteArray("\xEF\xBB\xBF") + out.join(u"\r\n"_s).toUtf8() + "\r\n", error);
}

} // namespace hwdb
