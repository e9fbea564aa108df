#include <set>
#include <string>
#include <vector>

#include <QTest>

#include "sources/BitmapFont.h"

using wl::sources::BitmapFont;

namespace {

struct Canvas {
    int width;
    int height;
    std::vector<std::uint8_t> pixels;
    Canvas(int w, int h)
        : width(w)
        , height(h)
        , pixels(static_cast<std::size_t>(w * h), 0) {}
    BitmapFont::Plane plane() { return {pixels.data(), width, width, height}; }
    std::uint8_t at(int x, int y) const { return pixels[static_cast<std::size_t>(y * width + x)]; }
    int lit() const {
        int count = 0;
        for (const std::uint8_t p : pixels)
            count += p != 0 ? 1 : 0;
        return count;
    }
};

} // namespace

class TestBitmapFont : public QObject {
    Q_OBJECT

private slots:
    void coversTheDemoCharacters() {
        const std::string required = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ:.-# ";
        for (const char c : required)
            QVERIFY2(BitmapFont::hasGlyph(c), std::string(1, c).c_str());
        QVERIFY(BitmapFont::hasGlyph('a'));
        QVERIFY(!BitmapFont::hasGlyph('@'));
    }

    void glyphsAreDistinct() {
        const std::string all = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ:.-#/";
        std::set<BitmapFont::Glyph> seen;
        for (const char c : all) {
            const auto& glyph = BitmapFont::glyph(c);
            for (const std::uint8_t row : glyph)
                QVERIFY(row < 32); // five columns only
            QVERIFY2(seen.insert(glyph).second, std::string(1, c).c_str());
        }
        QCOMPARE(BitmapFont::glyph('q'), BitmapFont::glyph('Q'));
    }

    void drawsScaledPixels() {
        Canvas canvas(40, 20);
        // '-' is one row of three pixels (columns 1..3, row 3).
        BitmapFont::draw(canvas.plane(), 2, 1, "-", 2, 200);
        QCOMPARE(canvas.lit(), 3 * 2 * 2);
        QCOMPARE(int(canvas.at(2 + 2, 1 + 6)), 200);
        QCOMPARE(int(canvas.at(2 + 7, 1 + 7)), 200);
        QCOMPARE(int(canvas.at(2 + 1, 1 + 6)), 0);
        QCOMPARE(int(canvas.at(2 + 8, 1 + 6)), 0);
    }

    void measuresText() {
        QCOMPARE(BitmapFont::textWidth("", 3), 0);
        QCOMPARE(BitmapFont::textWidth("A", 1), 5);
        QCOMPARE(BitmapFont::textWidth("12:00", 2), (5 * 6 - 1) * 2);
        QCOMPARE(BitmapFont::textHeight(3), 21);
    }

    void clipsAtTheEdges() {
        Canvas canvas(8, 8);
        BitmapFont::draw(canvas.plane(), -3, -3, "#8", 3, 255);
        BitmapFont::draw(canvas.plane(), 6, 6, "W", 4, 255);
        QVERIFY(canvas.lit() > 0);
        QVERIFY(canvas.lit() <= 64);
    }

    void unknownCharactersShowABox() {
        Canvas canvas(10, 10);
        BitmapFont::draw(canvas.plane(), 0, 0, "@", 1, 9);
        QCOMPARE(int(canvas.at(0, 0)), 9);
        QCOMPARE(int(canvas.at(4, 6)), 9);
        QCOMPARE(int(canvas.at(2, 3)), 0);
    }
};

QTEST_GUILESS_MAIN(TestBitmapFont)
#include "tst_bitmapfont.moc"
