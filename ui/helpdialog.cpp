#include "ui/helpdialog.h"
#include "ui/windowsize.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hwui {

QString HelpDialog::guideHtml()
{
    QString h = u"<h2>%1</h2><ol>"_s.arg(tr("How to use the planner"));
    for (const QString &step : {tr("Choose a model, a quantization and a runtime on the left, then the GPUs, CPU and RAM of one node."),
                                tr("Enter the workload: how many people use it at once, how long their conversations are, and the speed each needs "
                                   "(6 tok/s is acceptable, 14 comfortable)."),
                                tr("Read the verdict at the top: whether the model fits on every device and whether each user gets the target speed. "
                                   "The checklist beside it lists what to confirm with the vendor."),
                                tr("Memory shows each device's share; Speed vs users shows how speed falls as users are added; Cost gives the bill "
                                   "of materials, the running cost and the 3-year total; How it was computed gives every figure's arithmetic."),
                                tr("Pin builds (Ctrl+P) to compare them for the same workload; File > Export quote writes a numbered PDF quote."),
                                tr("Check an offer: paste a vendor's text or open its file; the planner checks every claim against its own numbers.")})
        h += u"<li>%1</li>"_s.arg(step.toHtmlEscaped());
    h += u"</ol><h2>%1</h2><dl>"_s.arg(tr("Glossary"));
    const QList<QPair<QString, QString>> terms = {
        {tr("tok/s (tokens per second)"), tr("How fast the answer is written. A token is about one Chinese character or three quarters of an English word.")},
        {tr("Per user / aggregate"), tr("Per user: the speed each person sees. Aggregate: all users together, what the machine produces in total.")},
        {tr("Decode / prefill"), tr("Prefill reads the question (fast, limited by compute); decode writes the answer one token at a time (limited by memory bandwidth).")},
        {tr("Quantization"), tr("Storing the weights with fewer bits (for example 4 instead of 8): smaller and faster, with some loss of quality.")},
        {tr("KV cache"), tr("The memory each conversation keeps while it runs; it grows with the context length and the number of users.")},
        {tr("Context"), tr("How many tokens of conversation (question, thinking and answer) the model keeps in view.")},
        {tr("Fits / runs degraded"), tr("Fits: everything is in GPU memory or RAM. Runs degraded: part of the model is read from the SSD, at a fraction of the speed.")},
        {tr("Distill"), tr("A small model trained to imitate R1: much cheaper to run, much weaker than the 671B model.")},
        {tr("Capex / TCO"), tr("Capex: the purchase price. TCO (total cost of ownership): purchase spread over the depreciation years plus electricity and operations.")},
        {tr("Target speed"), tr("The speed per user the build must reach; a build below it is not recommended.")}};
    for (const auto &[term, meaning] : terms)
        h += u"<dt><b>%1</b></dt><dd>%2</dd>"_s.arg(term.toHtmlEscaped(), meaning.toHtmlEscaped());
    h += u"</dl>"_s;
    return h;
}

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("hwplanner guide"));
    m_browser->setHtml(guideHtml());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resizeToFit(this, QSize(720, 640));
}

HelpDialog::~HelpDialog() = default;

} // namespace hwui
