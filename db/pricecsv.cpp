#include "db/pricecsv.h"

#include <QFile>
#include <QSaveFile>
#include <QStringConverter>

using namespace Qt::StringLiterals;

namespace hwdb {

namespace {

enum Column { Kind, Part, Vendor, Price, Currency, Condition, Date, Source, Note, ColumnCount };

// RFC 4180 records: quoted fields may hold the delimiter, doubled quotes and line breaks.
QList<QList<QString>> splitCsv(const QString &text, QChar delimiter, QList<int> *recordLines)
{
    QList<QList<QString>> records;
    QList<QString> record;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1, recordLine = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (ch == u'\n')
                    ++line;
                field += ch;
            }
            continue;
        }
        if (ch == u'"' && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (ch == delimiter) {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (ch == u'\n' || ch == u'\r') {
            if (ch == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            record << field;
            field.clear();
            fieldStarted = false;
            if (!(record.size() == 1 && record.first().trimmed().isEmpty())) {
                records << record;
                *recordLines << recordLine;
            }
            record.clear();
            ++line;
            recordLine = line;
        } else {
            field += ch;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !record.isEmpty()) {
        record << field;
        records << record;
        *recordLines << recordLine;
    }
    return records;
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

QString csvField(const QString &s)
{
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r'))
        return u'"' + QString(s).replace(u"\""_s, u"\"\""_s) + u'"';
    return s;
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

bool parsePriceCsv(const QByteArray &bytes, const QString &fileName, const hw::Catalog &catalog, std::vector<hw::PriceRecord> *records,
                   QStringList *descriptions, QString *error)
{
    auto toUtf8 = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = toUtf8(bytes);
    if (toUtf8.hasError()) {
        *error = u"%1: not UTF-8 text (save the price list as UTF-8)"_s.arg(fileName);
        return false;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text = text.normalized(QString::NormalizationForm_KC); // full-width digits and punctuation
    const qsizetype firstBreak = text.indexOf(u'\n');
    const QString headerLine = text.left(firstBreak < 0 ? text.size() : firstBreak);
    const QChar delimiter = headerLine.contains(u'\t') ? u'\t' : u',';
    QList<int> lines;
    const QList<QList<QString>> rows = splitCsv(text, delimiter, &lines);
    if (rows.isEmpty()) {
        *error = u"%1: empty file"_s.arg(fileName);
        return false;
    }

    int columnOf[ColumnCount];
    std::fill(std::begin(columnOf), std::end(columnOf), -1);
    const QList<QString> &header = rows.first();
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        for (int c = 0; c < ColumnCount; ++c)
            if (priceCsvHeaders().at(c).contains(name))
                columnOf[c] = i;
    }
    for (int c : {Kind, Part, Price, Currency, Condition, Date, Source}) {
        if (columnOf[c] < 0) {
            *error = u"%1:%2: missing column '%3' (also accepted: %4)"_s.arg(fileName).arg(lines.first()).arg(priceCsvHeaders().at(c).first(),
                                                                                                     priceCsvHeaders().at(c).mid(1).join(u", "_s));
            return false;
        }
    }

    for (int r = 1; r < rows.size(); ++r) {
        const QList<QString> &row = rows.at(r);
        const auto cell = [&](int c) { return columnOf[c] >= 0 && columnOf[c] < row.size() ? row.at(columnOf[c]).trimmed() : QString(); };
        const auto fail = [&](int c, const QString &why) {
            *error = u"%1:%2:%3: %4: %5"_s.arg(fileName).arg(lines.at(r)).arg(columnOf[c] + 1).arg(priceCsvHeaders().at(c).first(), why);
            return false;
        };
        hw::PriceRecord rec;
        const QString kind = canonicalKind(cell(Kind));
        if (kind.isEmpty() || !hw::partKindFromName(kind.toStdString(), &rec.kind))
            return fail(Kind, u"unknown part kind \"%1\" (gpu, cpu, memory, platform, nvme, nic, system)"_s.arg(cell(Kind)));
        rec.partId = hw::normaliseId(cell(Part).toStdString()); // system parts: "<gpu id>:<GPU count>"
        if (!catalog.knowsPart(rec.kind, rec.partId))
            return fail(Part, u"no %1 \"%2\" in the catalog"_s.arg(kind, cell(Part)));
        QString price = cell(Price);
        price.remove(u','); // thousands separators
        price.remove(u'¥');
        price.remove(u'$');
        price.remove(u' ');
        bool ok = false;
        rec.amount = price.toDouble(&ok);
        if (!ok || !(rec.amount > 0) || rec.amount > 1e9)
            return fail(Price, u"not a positive price: \"%1\""_s.arg(cell(Price)));
        const QString currency = canonicalCurrency(cell(Currency));
        if (currency.isEmpty())
            return fail(Currency, u"unknown currency \"%1\" (CNY or USD)"_s.arg(cell(Currency)));
        rec.currency = currency.toStdString();
        const QString condition = canonicalCondition(cell(Condition));
        if (condition.isEmpty())
            return fail(Condition, u"unknown condition \"%1\" (new, used, refurbished / 全新, 二手, 翻新)"_s.arg(cell(Condition)));
        rec.condition = condition.toStdString();
        rec.date = QString(cell(Date)).replace(u'/', u'-').toStdString();
        int days = 0;
        if (!hw::parseIsoDate(rec.date, &days))
            return fail(Date, u"not a date YYYY-MM-DD: \"%1\""_s.arg(cell(Date)));
        rec.source = cell(Source).toStdString();
        if (rec.source.empty())
            return fail(Source, u"every price needs a source (URL, quote number or document)"_s);
        rec.vendor = cell(Vendor).toStdString();
        rec.note = cell(Note).toStdString();
        records->push_back(rec);
        descriptions->append(u"%1 %2: %3 %4 (%5, %6, %7)"_s.arg(kind, QString::fromStdString(rec.partId)).arg(rec.amount, 0, 'f', 2)
                                 .arg(currency, condition, QString::fromStdString(rec.date), QString::fromStdString(rec.vendor)));
    }
    return true;
}

bool importPriceCsv(CatalogDatabase &db, const QString &path, const hw::Catalog &catalog, bool dryRun, PriceImportResult *result,
                    QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"%1: cannot read: %2"_s.arg(path, f.errorString());
        return false;
    }
    std::vector<hw::PriceRecord> records;
    if (!parsePriceCsv(f.readAll(), path, catalog, &records, &result->lines, error))
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
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = u"%1: cannot write: %2"_s.arg(path, f.errorString());
        return false;
    }
    QStringList out;
    QStringList header;
    for (const QStringList &names : priceCsvHeaders())
        header << names.first();
    out << header.join(u',');
    for (const hw::PriceRecord &r : catalog.prices) {
        out << QStringList{QString::fromLatin1(hw::partKindName(r.kind)), QString::fromStdString(r.partId), csvField(QString::fromStdString(r.vendor)),
                           QString::number(r.amount, 'g', 12), QString::fromStdString(r.currency), QString::fromStdString(r.condition),
                           QString::fromStdString(r.date), csvField(QString::fromStdString(r.source)), csvField(QString::fromStdString(r.note))}
                   .join(u',');
    }
    f.write("\xEF\xBB\xBF");
    f.write(out.join(u"\r\n"_s).toUtf8() + "\r\n");
    if (!f.commit()) {
        *error = u"%1: cannot write: %2"_s.arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace hwdb
