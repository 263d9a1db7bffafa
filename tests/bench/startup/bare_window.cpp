// The floor for the whole-process start-up benchmark: a Qt Widgets program
// that does nothing but show an empty QMainWindow of the size CounterDesk's
// window had in the same run. `bare_window WIDTHxHEIGHT`; the benchmark
// ends it, and it quits by itself after a minute in case nobody does.
#include <QApplication>
#include <QMainWindow>
#include <QRegularExpression>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    static const QRegularExpression sizeArgument(QStringLiteral("^(\\d+)x(\\d+)$"));
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() > 1) {
        const QRegularExpressionMatch size = sizeArgument.match(arguments.at(1));
        if (size.hasMatch()) {
            window.resize(size.captured(1).toInt(), size.captured(2).toInt());
        }
    }
    window.show();
    QTimer::singleShot(60000, &app, &QApplication::quit);
    return QApplication::exec();
}
