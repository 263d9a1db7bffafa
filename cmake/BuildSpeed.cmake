# How the tree builds fast on a two-core machine without dropping a check.
#
# Unity builds: the sources of each library and of each program made of
# several files are compiled a few at a time in one translation unit, so Qt's
# headers (most of a file's compile time) are read once per batch instead of
# once per file. The tests of one folder are one program for that reason
# (counterdesk_add_test in tests/CMakeLists.txt, which also says why GCC's
# -Wsubobject-linkage is off there). A file that misses an #include, or calls
# a helper another file of its batch defines, can hide in a batch; the Clang
# check (preset ci-clang) therefore builds without unity, every file on its
# own. COUNTERDESK_UNITY=OFF builds every file on its own here too.
#
# lld links: the tree links about 120 executables, and lld does it about three
# times faster than the default bfd linker. Linux only: MinGW and MSVC keep
# their own linkers.
option(COUNTERDESK_UNITY "Compile the sources of libraries and multi-file programs in batches (unity build)" ON)

# Called by every library and multi-file program of ours. Small batches: a
# changed file recompiles only its batch.
function(counterdesk_unity_build target)
    if(COUNTERDESK_UNITY)
        set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 6)
    endif()
endfunction()

if(NOT WIN32 AND NOT APPLE)
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=lld" COUNTERDESK_HAVE_LLD)
    if(COUNTERDESK_HAVE_LLD)
        add_link_options(-fuse-ld=lld)
    else()
        message(WARNING "ld.lld not found (Debian package lld): linking with the default linker, about three times slower")
    endif()
endif()

# Precompiled Qt headers, for Clang: reading Qt's headers is most of what a
# file costs Clang to compile at -O0, and Clang reads a precompiled header
# lazily. Measured cold on 2 cores (2026-12-03), the Clang check took 305 s
# with them against 653 s without. GCC's precompiled headers are 200-250 MB
# memory images read whole into every compile: the GCC build took 700 s with
# them against 630 s without (test files 5.3 s each instead of 5.9, but every
# empty moc file 1.5 s instead of 0.1), so GCC builds without them.
#
# Most targets are one file, so a precompiled header of their own would cost
# more than it saves: every target of ours reuses one of two shared ones,
# built by the host targets below. Sharing is safe only if the macros match,
# and Clang checks only its own predefined macros (GCC would refuse the
# header, -Winvalid-pch). So the hosts define exactly what every target of
# ours defines (the warning policy's macros and QT_CORE_LIB), and the headers
# read none of the macros that differ between targets (QT_GUI_LIB,
# QT_TESTLIB_LIB, ...): Qt Test's headers, which read them, stay out.
# counterdesk_ui defines QT_USE_QSTRINGBUILDER, which changes QString's
# header, so it precompiles its own.
#
# A file that uses a Qt class without including its header compiles with the
# headers precompiled. The GCC build compiles every one-file program with only
# what it includes, and the preset "asan" (scripts/run-sanitized-tests.sh)
# every file of the tree, tests included (the default run compiles the tests
# in batches with GCC and with the precompiled headers with Clang).
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    set(counterdesk_pch_default ON)
else()
    set(counterdesk_pch_default OFF)
endif()
option(COUNTERDESK_PCH "Precompile the Qt headers most files read, once for all targets (default: Clang only)"
    ${counterdesk_pch_default})

# ccache, told two things through its environment:
# - depend mode: on a miss it takes the headers a file read from the
#   compiler's own dependency file (-MD, which Ninja asks for anyway) instead
#   of running the preprocessor a second time. A cold run (an empty cache,
#   as on a fresh CI machine) then costs only the writing of the cache, about
#   a tenth more than building without ccache;
# - it may trust a precompiled header's macros and __TIME__ (its manual,
#   "Precompiled headers"; no file of ours uses __DATE__ or __TIME__), so files
#   compiled against one are cached too.
# Set before any target, which takes the launcher when it is created.
if(CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache")
    set(CMAKE_CXX_COMPILER_LAUNCHER
        ${CMAKE_COMMAND} -E env CCACHE_DEPEND=1 CCACHE_SLOPPINESS=pch_defines,time_macros
        ${CMAKE_CXX_COMPILER_LAUNCHER})
endif()

# Clang stamps a precompiled header with the times of the files it read and
# refuses it when they differ, which they do after ccache restores it into a
# fresh tree. Only for the targets that build one.
function(counterdesk_build_pch_without_timestamps target)
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        target_compile_options(${target} PRIVATE "SHELL:-Xclang -fno-pch-timestamp")
    endif()
endfunction()

set(COUNTERDESK_PCH_QT_CORE
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QElapsedTimer> <QEvent> <QEventLoop> <QFile>
    <QFileInfo> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QLocale> <QMap> <QMetaType>
    <QObject> <QPointer> <QProcess> <QRandomGenerator> <QRegularExpression> <QScopeGuard> <QSet>
    <QSettings> <QString> <QStringList> <QStringView> <QTemporaryDir> <QTextStream> <QThread> <QTimeZone>
    <QTimer> <QTranslator> <QUrl> <QUrlQuery> <QVariant>
    <QNetworkAccessManager> <QNetworkReply> <QSslCertificate> <QTcpServer> <QTcpSocket>
    <QSqlDatabase> <QSqlError> <QSqlQuery>)
set(COUNTERDESK_PCH_QT_WIDGETS
    <QAction> <QColor> <QIcon> <QImage> <QPainter> <QPixmap> <QScreen> <QTextDocument> <QWindow>
    <QApplication> <QCheckBox> <QComboBox> <QDateEdit> <QDialog> <QDialogButtonBox> <QFormLayout>
    <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QMainWindow> <QMenu> <QPushButton> <QTreeWidget>
    <QVBoxLayout> <QWidget>
    <QPrinter>)

# One host per set, after find_package(Qt6). The hosts compile nothing of
# their own; every module's include directories, none of its macros.
function(counterdesk_add_pch_hosts)
    if(NOT COUNTERDESK_PCH)
        return()
    endif()
    set(source ${CMAKE_BINARY_DIR}/pch/host.cpp)
    file(CONFIGURE OUTPUT ${source} CONTENT "// Compiles nothing: its target only hosts the precompiled Qt headers.\n")
    foreach(flavour core widgets)
        set(host counterdesk_pch_qt_${flavour})
        add_library(${host} OBJECT ${source})
        counterdesk_set_warnings(${host})
        target_link_libraries(${host} PRIVATE Qt6::Core)
        target_include_directories(${host} SYSTEM PRIVATE
            $<TARGET_PROPERTY:Qt6::Network,INTERFACE_INCLUDE_DIRECTORIES>
            $<TARGET_PROPERTY:Qt6::Sql,INTERFACE_INCLUDE_DIRECTORIES>)
        target_precompile_headers(${host} PRIVATE ${COUNTERDESK_PCH_QT_CORE})
        counterdesk_build_pch_without_timestamps(${host})
    endforeach()
    target_include_directories(counterdesk_pch_qt_widgets SYSTEM PRIVATE
        $<TARGET_PROPERTY:Qt6::Gui,INTERFACE_INCLUDE_DIRECTORIES>
        $<TARGET_PROPERTY:Qt6::Widgets,INTERFACE_INCLUDE_DIRECTORIES>
        $<TARGET_PROPERTY:Qt6::PrintSupport,INTERFACE_INCLUDE_DIRECTORIES>)
    target_precompile_headers(counterdesk_pch_qt_widgets PRIVATE ${COUNTERDESK_PCH_QT_WIDGETS})
    # Runs when the top directory is done, so every target and its links exist.
    cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL counterdesk_use_pch_everywhere)
endfunction()

function(counterdesk_targets_below directory out)
    get_directory_property(targets DIRECTORY ${directory} BUILDSYSTEM_TARGETS)
    get_directory_property(subdirectories DIRECTORY ${directory} SUBDIRECTORIES)
    foreach(subdirectory IN LISTS subdirectories)
        counterdesk_targets_below(${subdirectory} below)
        list(APPEND targets ${below})
    endforeach()
    set(${out} ${targets} PARENT_SCOPE)
endfunction()

# Every compiled target of ours (it went through counterdesk_set_warnings)
# that uses Qt reuses a host's headers: the widgets set if it links widgets.
function(counterdesk_use_pch_everywhere)
    counterdesk_targets_below(${CMAKE_SOURCE_DIR} targets)
    foreach(target IN LISTS targets)
        get_target_property(type ${target} TYPE)
        get_target_property(definitions ${target} COMPILE_DEFINITIONS)
        get_target_property(links ${target} LINK_LIBRARIES)
        if(NOT type MATCHES "^(EXECUTABLE|STATIC_LIBRARY|SHARED_LIBRARY|MODULE_LIBRARY|OBJECT_LIBRARY)$"
           OR target MATCHES "^counterdesk_pch_qt_"
           OR NOT "QT_NO_KEYWORDS" IN_LIST definitions
           OR NOT links MATCHES "(^|;)(Qt6::|counterdesk_)")
            continue()
        endif()
        if("QT_USE_QSTRINGBUILDER" IN_LIST definitions)
            target_precompile_headers(${target} PRIVATE ${COUNTERDESK_PCH_QT_CORE} ${COUNTERDESK_PCH_QT_WIDGETS})
            counterdesk_build_pch_without_timestamps(${target})
        elseif(links MATCHES "(^|;)(Qt6::Widgets|Qt6::PrintSupport|counterdesk_ui)(;|$)")
            target_precompile_headers(${target} REUSE_FROM counterdesk_pch_qt_widgets)
        else()
            target_precompile_headers(${target} REUSE_FROM counterdesk_pch_qt_core)
        endif()
    endforeach()
endfunction()
