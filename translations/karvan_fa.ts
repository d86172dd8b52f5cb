<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Karvan</source>
        <translation>درباره کاروان</translation>
    </message>
    <message>
        <source>Customer-journey ownership: who owns each customer at each stage, and how each account is doing. Karvan is Persian for caravan: the teams that travel the customer&apos;s journey together.</source>
        <translation>مالکیت سفر مشتری: چه کسی در هر مرحله مالک هر مشتری است و هر حساب در چه وضعی است. کاروان یعنی تیم‌هایی که سفر مشتری را با هم طی می‌کنند.</translation>
    </message>
    <message>
        <source>Karvan is free software under the GNU General Public License, version 3 or later. It is built on these libraries:</source>
        <translation>کاروان نرم‌افزار آزاد است با پروانه عمومی همگانی گنو (GPL)، نسخه ۳ یا بالاتر. بر پایه این کتابخانه‌ها ساخته شده است:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>کتابخانه</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>پروانه</translation>
    </message>
</context>
<context>
    <name>AccountEdits</name>
    <message>
        <source>Cannot change the account</source>
        <translation>تغییر حساب ممکن نیست</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>مشکل پایگاه داده</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>‏(خالی)</translation>
    </message>
    <message>
        <source>Change %1 of %2 to %3</source>
        <translation>تغییر %1 در %2 به %3</translation>
    </message>
    <message>
        <source>Add custom field %1</source>
        <translation>افزودن فیلد سفارشی %1</translation>
    </message>
    <message>
        <source>Move %1 to the %2 stage</source>
        <translation>انتقال %1 به مرحله %2</translation>
    </message>
    <message>
        <source>Change owner of %1 to %2</source>
        <translation>تغییر مالک %1 به %2</translation>
    </message>
    <message>
        <source>Reset owner of %1 to the template</source>
        <translation>بازگرداندن مالک %1 به الگو</translation>
    </message>
    <message>
        <source>Log %1 with %2</source>
        <translation>ثبت %1 با %2</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>پیگیری: %1</translation>
    </message>
    <message>
        <source>Open ticket for %1</source>
        <translation>باز کردن تیکت برای %1</translation>
    </message>
    <message>
        <source>Close ticket %1</source>
        <translation>بستن تیکت %1</translation>
    </message>
    <message>
        <source>Reopen ticket %1</source>
        <translation>بازگشایی تیکت %1</translation>
    </message>
    <message>
        <source>Escalate ticket %1 to Product</source>
        <translation>ارجاع تیکت %1 به محصول</translation>
    </message>
    <message>
        <source>Withdraw escalation of ticket %1</source>
        <translation>پس گرفتن ارجاع تیکت %1</translation>
    </message>
    <message>
        <source>Add outcome &quot;%1&quot;</source>
        <translation>افزودن دستاورد «%1»</translation>
    </message>
    <message>
        <source>Add goal &quot;%1&quot;</source>
        <translation>افزودن هدف «%1»</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; as %2</source>
        <translation>علامت‌گذاری «%1» به‌عنوان %2</translation>
    </message>
    <message>
        <source>Add contact %1 to %2</source>
        <translation>افزودن مخاطب %1 به %2</translation>
    </message>
    <message>
        <source>Remove contact %1 from %2</source>
        <translation>حذف مخاطب %1 از %2</translation>
    </message>
    <message>
        <source>Override health of %1 to %2</source>
        <translation>تعیین دستی سلامت %1 به %2</translation>
    </message>
    <message>
        <source>Remove health override of %1</source>
        <translation>حذف تعیین دستی سلامت %1</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source>today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>۱ روز</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>‏%1 روز</translation>
    </message>
    <message>
        <source>Band overridden by a CSM</source>
        <translation>وضعیت را CSM به‌طور دستی تعیین کرده است</translation>
    </message>
</context>
<context>
    <name>AccountWorkspace</name>
    <message>
        <source>Choose an account in the book (double-click or Enter) to open it here.</source>
        <translation>یک حساب را در دفتر انتخاب کنید (دوبار کلیک یا Enter) تا اینجا باز شود.</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;گزارش…</translation>
    </message>
    <message>
        <source>The client status report of this account: preview, save as PDF or HTML, print</source>
        <translation>گزارش وضعیت مشتری این حساب: پیش‌نمایش، ذخیره به‌صورت PDF یا HTML، چاپ</translation>
    </message>
</context>
<context>
    <name>Band</name>
    <message>
        <source>Red</source>
        <translation>قرمز</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>زرد</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>سبز</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>ریزش‌کرده</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>بدون داده</translation>
    </message>
</context>
<context>
    <name>BookView</name>
    <message>
        <source>Filter by name, industry, owner or field (Ctrl+F)</source>
        <translation>پالایش بر اساس نام، صنعت، مالک یا فیلد (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Health:</source>
        <translation>&amp;سلامت:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;وضعیت:</translation>
    </message>
    <message>
        <source>&amp;Renewing within:</source>
        <translation>&amp;تمدید تا:</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>هر زمان</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>&amp;Not contacted for:</source>
        <translation>&amp;بدون تماس در:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>هر مقدار</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>پالایه‌های ذخیره‌شده</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>ذخیره…</translation>
    </message>
    <message>
        <source>Save the current filter under a name</source>
        <translation>ذخیره پالایه فعلی با یک نام</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the selected saved filter</source>
        <translation>حذف پالایه ذخیره‌شده انتخاب‌شده</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--as: &apos;%1&apos; is not a known person in %2</source>
        <translation>--as: «%1» در %2 شخص شناخته‌شده‌ای نیست</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>نمایش این راهنما.</translation>
    </message>
    <message>
        <source>%1: missing arguments</source>
        <translation>%1: آرگومان‌ها کامل نیستند</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1: آرگومان ناخواسته «%2»</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE, while others may be using it.</source>
        <translation>نوشتن یک نسخهٔ سازگار از پایگاه داده در FILE، حتی وقتی دیگران در حال استفاده از آن هستند.</translation>
    </message>
    <message>
        <source>the copy to write (must not exist)</source>
        <translation>نسخه‌ای که نوشته می‌شود (نباید از قبل وجود داشته باشد)</translation>
    </message>
    <message>
        <source>backup: %1 already exists; name a new file</source>
        <translation>پشتیبان: %1 از قبل وجود دارد؛ نام پرونده‌ای تازه را بدهید</translation>
    </message>
    <message>
        <source>backup: wrote %1
</source>
        <translation>پشتیبان: %1 نوشته شد
</translation>
    </message>
    <message>
        <source>Replace the database with a backup. Quit the app and other karvan-cli commands first.</source>
        <translation>جایگزین کردن پایگاه داده با یک پشتیبان. پیش از آن برنامه و دیگر فرمان‌های karvan-cli را ببندید.</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>پشتیبانی که بازگردانده می‌شود</translation>
    </message>
    <message>
        <source>restore: %1 now holds the backup %2
</source>
        <translation>بازگردانی: اکنون %1 پشتیبان %2 را در خود دارد
</translation>
    </message>
    <message>
        <source>restore: the replaced database was kept as %1
</source>
        <translation>بازگردانی: پایگاه دادهٔ جایگزین‌شده به نام %1 نگه داشته شد
</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity (pages, indexes, references between records).</source>
        <translation>بررسی درستی پایگاه داده (صفحه‌ها، نمایه‌ها، ارجاع‌های میان رکوردها).</translation>
    </message>
    <message>
        <source>check: %1 is sound
</source>
        <translation>بررسی: %1 سالم است
</translation>
    </message>
    <message>
        <source>karvan-cli: %1: %2 problem(s) found; restore a backup (docs/trust.md)
</source>
        <translation>karvan-cli: %1: %2 مشکل پیدا شد؛ یک پشتیبان را بازگردانید (docs/trust.md)
</translation>
    </message>
    <message>
        <source>Generate a demo data set (24 months up to this month) and import it into the database.</source>
        <translation>ساختن یک مجموعه دادهٔ نمایشی (۲۴ ماه تا همین ماه) و وارد کردن آن به پایگاه داده.</translation>
    </message>
    <message>
        <source>Number of accounts (default 400).</source>
        <translation>تعداد حساب‌ها (پیش‌فرض ۴۰۰).</translation>
    </message>
    <message>
        <source>Import even when the database already has accounts (nothing is deleted).</source>
        <translation>وارد کردن حتی وقتی پایگاه داده از قبل حساب دارد (چیزی پاک نمی‌شود).</translation>
    </message>
    <message>
        <source>demo: --accounts must be a whole number from 1 to %1 (value &apos;%2&apos;)</source>
        <translation>نمایشی: --accounts باید عددی صحیح از ۱ تا %1 باشد (مقدار «%2»)</translation>
    </message>
    <message>
        <source>demo: the database %1 already has %2 accounts; use an empty database (--db PATH) or add --force to import the demo on top (nothing is deleted)</source>
        <translation>نمایشی: پایگاه دادهٔ %1 از قبل %2 حساب دارد؛ از یک پایگاه دادهٔ خالی استفاده کنید (--db PATH) یا --force را بیفزایید تا دادهٔ نمایشی روی آن وارد شود (چیزی پاک نمی‌شود)</translation>
    </message>
    <message>
        <source>demo: cannot create a temporary directory: %1</source>
        <translation>نمایشی: ساختن پوشهٔ موقت ممکن نیست: %1</translation>
    </message>
    <message>
        <source>health: %1 monthly snapshots
</source>
        <translation>سلامت: %1 تصویر ماهانه
</translation>
    </message>
    <message>
        <source>hand-offs: %1 examples
</source>
        <translation>تحویل‌ها: %1 نمونه
</translation>
    </message>
    <message>
        <source>demo: %1 accounts and %2 people, %3 to %4, in %5
</source>
        <translation>نمایشی: %1 حساب و %2 نفر، از %3 تا %4، در %5
</translation>
    </message>
    <message>
        <source>Write one kind of record as CSV.</source>
        <translation>نوشتن یک نوع رکورد به صورت CSV.</translation>
    </message>
    <message>
        <source>the kind of record</source>
        <translation>نوع رکورد</translation>
    </message>
    <message>
        <source>the CSV file (default: stdout)</source>
        <translation>پروندهٔ CSV (پیش‌فرض: خروجی استاندارد)</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;</source>
        <translation>نوع ناشناخته «%1»</translation>
    </message>
    <message>
        <source>cannot write to the standard output</source>
        <translation>نوشتن در خروجی استاندارد ممکن نیست</translation>
    </message>
    <message>
        <source>%1: wrote %2
</source>
        <translation>%1: %2 نوشته شد
</translation>
    </message>
    <message>
        <source>generate: --%1 is required</source>
        <translation>تولید: --%1 لازم است</translation>
    </message>
    <message>
        <source>generate: --%1 must be a whole number from 1 to %2 (value &apos;%3&apos;)</source>
        <translation>تولید: --%1 باید عددی صحیح از ۱ تا %2 باشد (مقدار «%3»)</translation>
    </message>
    <message>
        <source>generate: %1 already holds Karvan CSV files (%2); choose an empty folder or add --force to replace them</source>
        <translation>تولید: %1 از قبل پرونده‌های CSV کاروان دارد (%2)؛ پوشه‌ای خالی برگزینید یا --force را بیفزایید تا جایگزین شوند</translation>
    </message>
    <message>
        <source>generate: %1 accounts over %2 months need about %3 and %4 has only %5 free; choose fewer accounts or months, or another folder</source>
        <translation>تولید: %1 حساب در %2 ماه به حدود %3 فضا نیاز دارد و %4 فقط %5 فضای آزاد دارد؛ حساب‌ها یا ماه‌های کمتر یا پوشه‌ای دیگر برگزینید</translation>
    </message>
    <message>
        <source>Writes a realistic synthetic data set, one KIND.csv per kind in DIR, importable in the order people, accounts, ownership, revenue, usage, interactions, tickets, surveys, costs. The same arguments give the same bytes.</source>
        <translation>یک مجموعه دادهٔ ساختگی واقع‌گرایانه می‌نویسد، برای هر نوع یک KIND.csv در DIR، که به این ترتیب وارد می‌شوند: people، accounts، ownership، revenue، usage، interactions، tickets، surveys، costs. آرگومان‌های یکسان همان بایت‌ها را می‌دهند.</translation>
    </message>
    <message>
        <source>Number of accounts.</source>
        <translation>تعداد حساب‌ها.</translation>
    </message>
    <message>
        <source>Number of months of history.</source>
        <translation>تعداد ماه‌های سابقه.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>بذر تصادفی (پیش‌فرض ۱).</translation>
    </message>
    <message>
        <source>The last month, YYYY-MM (default 2026-11).</source>
        <translation>آخرین ماه، YYYY-MM (پیش‌فرض 2026-11).</translation>
    </message>
    <message>
        <source>The directory to write (created if missing).</source>
        <translation>پوشه‌ای که نوشته می‌شود (اگر نباشد ساخته می‌شود).</translation>
    </message>
    <message>
        <source>Overwrite the Karvan CSV files already in DIR.</source>
        <translation>بازنویسی پرونده‌های CSV کاروان که از قبل در DIR هستند.</translation>
    </message>
    <message>
        <source>generate: --seed must be a whole number from 0 to 18446744073709551615 (value &apos;%1&apos;)</source>
        <translation>تولید: --seed باید عددی صحیح از 0 تا 18446744073709551615 باشد (مقدار «%1»)</translation>
    </message>
    <message>
        <source>generate: --end must be a month YYYY-MM (value &apos;%1&apos;)</source>
        <translation>تولید: --end باید ماهی به شکل YYYY-MM باشد (مقدار «%1»)</translation>
    </message>
    <message>
        <source>generate: --out DIR is required</source>
        <translation>تولید: --out DIR لازم است</translation>
    </message>
    <message>
        <source>generated %1 accounts, %2 people, %3 months (%4 to %5) in %6 s: %7
</source>
        <translation>%1 حساب، %2 نفر و %3 ماه (%4 تا %5) در %6 ثانیه تولید شد: %7
</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>پذیرفته‌شده</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>برگشت‌خورده</translation>
    </message>
    <message>
        <source>started</source>
        <translation>آغاز شد</translation>
    </message>
    <message>
        <source>ticked an item</source>
        <translation>یک مورد را تیک زد</translation>
    </message>
    <message>
        <source>unticked an item</source>
        <translation>تیک یک مورد را برداشت</translation>
    </message>
    <message>
        <source>Hand-off %1: %2 %3
state %4%5
sales %6, csm %7
started %8, submitted %9, decided %10

</source>
        <translation>تحویل %1: %2 %3
وضعیت %4%5
فروش %6، CSM %7
آغاز %8، ارسال %9، تصمیم %10

</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (معوق)</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (الزامی)</translation>
    </message>
    <message>
        <source>      note: %1
</source>
        <translation>      یادداشت: %1
</translation>
    </message>
    <message>
        <source>
Events:
</source>
        <translation>
رویدادها:
</translation>
    </message>
    <message>
        <source>%1	%2	%3%4	%5 -&gt; %6	%7/%8 items	%9
</source>
        <translation>%1	%2	%3%4	%5 ← %6	%7/%8 مورد	%9
</translation>
    </message>
    <message>
        <source>No hand-offs.
</source>
        <translation>تحویلی نیست.
</translation>
    </message>
    <message>
        <source>handoff: &apos;%1&apos; is not a hand-off id</source>
        <translation>تحویل: «%1» شناسهٔ تحویل نیست</translation>
    </message>
    <message>
        <source>The Sales-to-CSM hand-off: start ACCOUNT_ID --to EMAIL | item ID N --done|--undone [--note TEXT] | submit ID | accept ID | return ID --reason TEXT | list [--state S] [--json] | show ID [--json]</source>
        <translation>تحویل از فروش به CSM:
start ACCOUNT_ID --to EMAIL | item ID N --done|--undone [--note TEXT] | submit ID | accept ID | return ID --reason TEXT | list [--state S] [--json] | show ID [--json]</translation>
    </message>
    <message>
        <source>The CSM&apos;s email.</source>
        <translation>ایمیل CSM.</translation>
    </message>
    <message>
        <source>Tick the item.</source>
        <translation>تیک زدن مورد.</translation>
    </message>
    <message>
        <source>Untick the item.</source>
        <translation>برداشتن تیک مورد.</translation>
    </message>
    <message>
        <source>The item&apos;s note.</source>
        <translation>یادداشت مورد.</translation>
    </message>
    <message>
        <source>Why it goes back to Sales.</source>
        <translation>چرا به فروش برمی‌گردد.</translation>
    </message>
    <message>
        <source>Only hand-offs in this state.</source>
        <translation>فقط تحویل‌هایی که در این وضعیت‌اند.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>چاپ JSON.</translation>
    </message>
    <message>
        <source>handoff: unknown step &apos;%1&apos; (start, item, submit, accept, return, list, show)</source>
        <translation>تحویل: گام ناشناخته «%1» (start، item، submit، accept، return، list، show)</translation>
    </message>
    <message>
        <source>handoff %1: expected %2 argument(s)</source>
        <translation>تحویل %1: %2 آرگومان لازم است</translation>
    </message>
    <message>
        <source>handoff %1: nobody is acting: name the person with --as EMAIL, KARVAN_USER or the database&apos;s who-am-I</source>
        <translation>تحویل %1: کسی اقدام نمی‌کند: شخص را با --as EMAIL، KARVAN_USER یا «من کیستم» پایگاه داده معرفی کنید</translation>
    </message>
    <message>
        <source>handoff start: --to EMAIL is required</source>
        <translation>آغاز تحویل: --to EMAIL لازم است</translation>
    </message>
    <message>
        <source>handoff item: give --done or --undone</source>
        <translation>مورد تحویل: --done یا --undone را بدهید</translation>
    </message>
    <message>
        <source>handoff item: &apos;%1&apos; is not an item number</source>
        <translation>مورد تحویل: «%1» شمارهٔ مورد نیست</translation>
    </message>
    <message>
        <source>handoff return: --reason TEXT is required</source>
        <translation>برگرداندن تحویل: --reason TEXT لازم است</translation>
    </message>
    <message>
        <source>Hand-off %1: %2
</source>
        <translation>تحویل %1: %2
</translation>
    </message>
    <message>
        <source>Health as of %1: %2 accounts

</source>
        <translation>سلامت در تاریخ %1: %2 حساب

</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>روند</translation>
    </message>
    <message>
        <source>
* band set by a CSM&apos;s override
</source>
        <translation>
* وضعیتی که CSM به‌طور دستی تعیین کرده است
</translation>
    </message>
    <message>
        <source>%1  %2
as of %3: score %4, band %5</source>
        <translation>%1  %2
در تاریخ %3: امتیاز %4، وضعیت %5</translation>
    </message>
    <message>
        <source> (computed %1)</source>
        <translation> (محاسبه‌شده: %1)</translation>
    </message>
    <message>
        <source>, trend %1</source>
        <translation>، روند %1</translation>
    </message>
    <message>
        <source> (%1 in %2)</source>
        <translation> (%1 در %2)</translation>
    </message>
    <message>
        <source>override: %1 until %2 by %3: %4
</source>
        <translation>تعیین دستی: %1 تا %2 توسط %3: %4
</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>سنجه</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>وزن</translation>
    </message>
    <message>
        <source>score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>contrib.</source>
        <translation>سهم</translation>
    </message>
    <message>
        <source>input</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <source>
churned: the account is not scored
</source>
        <translation>
ریزش‌کرده: به این حساب امتیاز داده نمی‌شود
</translation>
    </message>
    <message>
        <source>
insufficient data: the measures with data weigh %1
</source>
        <translation>
دادهٔ ناکافی: وزن سنجه‌های دارای داده %1 است
</translation>
    </message>
    <message>
        <source>
any one of these would lift it to the next band:
</source>
        <translation>
هر یک از این‌ها آن را به وضعیت بعدی می‌رساند:
</translation>
    </message>
    <message>
        <source>
no single measure alone can lift it to %1
</source>
        <translation>
هیچ سنجه‌ای به‌تنهایی نمی‌تواند آن را به %1 برساند
</translation>
    </message>
    <message>
        <source>Health score per account with each measure&apos;s contribution.</source>
        <translation>امتیاز سلامت هر حساب با سهم هر سنجه.</translation>
    </message>
    <message>
        <source>Score as of this date (default today).</source>
        <translation>امتیاز در این تاریخ (پیش‌فرض امروز).</translation>
    </message>
    <message>
        <source>Only this account (its id).</source>
        <translation>فقط این حساب (شناسهٔ آن).</translation>
    </message>
    <message>
        <source>Do not record the month&apos;s snapshot (open the database read-only).</source>
        <translation>تصویر ماه ثبت نشود (پایگاه داده فقط‌خواندنی باز شود).</translation>
    </message>
    <message>
        <source>--as-of: not a date YYYY-MM-DD (value &apos;%1&apos;)</source>
        <translation>--as-of: تاریخی به شکل YYYY-MM-DD نیست (مقدار «%1»)</translation>
    </message>
    <message>
        <source>health: unknown account &apos;%1&apos;</source>
        <translation>سلامت: حساب ناشناخته «%1»</translation>
    </message>
    <message>
        <source>karvan-cli: health: the snapshot was not recorded: %1
</source>
        <translation>karvan-cli: سلامت: تصویر ماه ثبت نشد: %1
</translation>
    </message>
    <message>
        <source>karvan-cli: health: the health now was not stored: %1
</source>
        <translation>karvan-cli: سلامت: سلامت کنونی ذخیره نشد: %1
</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;; expected one of: %2</source>
        <translation>نوع ناشناخته «%1»؛ یکی از این‌ها انتظار می‌رفت: %2</translation>
    </message>
    <message>
        <source>Load a CSV file into the database, all or nothing.</source>
        <translation>بارگذاری یک پروندهٔ CSV در پایگاه داده، همه یا هیچ.</translation>
    </message>
    <message>
        <source>people, accounts, ownership, revenue, usage, interactions, tickets, surveys or costs</source>
        <translation>people، accounts، ownership، revenue، usage، interactions، tickets، surveys یا costs</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>پروندهٔ CSV</translation>
    </message>
    <message>
        <source>Validate only; write nothing.</source>
        <translation>فقط اعتبارسنجی؛ چیزی نوشته نمی‌شود.</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>هشدار: %1
</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 added, %4 updated</source>
        <translation>%1: %2 ردیف، %3 افزوده، %4 به‌روز شد</translation>
    </message>
    <message>
        <source> (dry run, nothing written)</source>
        <translation> (اجرای آزمایشی، چیزی نوشته نشد)</translation>
    </message>
    <message>
        <source>Create the Karvan database if it is missing.</source>
        <translation>ساختن پایگاه دادهٔ کاروان اگر وجود ندارد.</translation>
    </message>
    <message>
        <source>created the Karvan database %1 (schema version %2)
</source>
        <translation>پایگاه دادهٔ کاروان %1 ساخته شد (نسخهٔ طرح %2)
</translation>
    </message>
    <message>
        <source>the Karvan database %1 is ready (schema version %2)
</source>
        <translation>پایگاه دادهٔ کاروان %1 آماده است (نسخهٔ طرح %2)
</translation>
    </message>
    <message>
        <source>Each journey stage&apos;s key metrics from month A to month B (A &lt;= B), for the owners of that stage.</source>
        <translation>شاخص‌های کلیدی هر مرحلهٔ سفر مشتری از ماه A تا ماه B (A &lt;= B)، برای مالکان آن مرحله.</translation>
    </message>
    <message>
        <source>First month A.</source>
        <translation>ماه نخست A.</translation>
    </message>
    <message>
        <source>Last month B.</source>
        <translation>ماه آخر B.</translation>
    </message>
    <message>
        <source>Split per owner or team of each stage.</source>
        <translation>تفکیک بر اساس مالک یا تیم هر مرحله.</translation>
    </message>
    <message>
        <source>kpis: --from and --to are required</source>
        <translation>شاخص‌ها: --from و --to لازم‌اند</translation>
    </message>
    <message>
        <source>kpis: %1</source>
        <translation>شاخص‌ها: %1</translation>
    </message>
    <message>
        <source>kpis: --by &apos;%1&apos;: expected owner or team</source>
        <translation>شاخص‌ها: --by «%1»: owner یا team انتظار می‌رفت</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (غیرفعال)</translation>
    </message>
    <message>
        <source>Ownership matrix: %1 accounts
(person, or [team] when no person is named; * = from the template; &gt; = current stage)

</source>
        <translation>ماتریس مالکیت: %1 حساب
(شخص، یا [تیم] وقتی شخصی نام برده نشده؛ * = از الگو؛ &gt; = مرحلهٔ کنونی)

</translation>
    </message>
    <message>
        <source> (churned)</source>
        <translation> (ریزش‌کرده)</translation>
    </message>
    <message>
        <source>
Gaps at the current and later stages: %1
</source>
        <translation>
کاستی‌ها در مرحلهٔ کنونی و مرحله‌های بعد: %1
</translation>
    </message>
    <message>
        <source> (ahead)</source>
        <translation> (پیش رو)</translation>
    </message>
    <message>
        <source>
Load per owner (MRR of %1; ! = more than %2 accounts):
</source>
        <translation>
بار هر مالک (درآمد ماهانهٔ %1؛ ! = بیش از %2 حساب):
</translation>
    </message>
    <message>
        <source>no revenue yet</source>
        <translation>هنوز درآمدی نیست</translation>
    </message>
    <message>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>حساب‌ها</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>درآمد ماهانه</translation>
    </message>
    <message>
        <source>red</source>
        <translation>قرمز</translation>
    </message>
    <message>
        <source>The ownership matrix: every account x every stage -&gt; owner, supporting teams; the gaps; the load per owner.</source>
        <translation>ماتریس مالکیت: هر حساب × هر مرحله ← مالک اصلی، تیم‌های پشتیبان؛ کاستی‌ها؛ بار هر مالک.</translation>
    </message>
    <message>
        <source>Health bands for the load as of this date (default today).</source>
        <translation>وضعیت سلامت برای بار، در این تاریخ (پیش‌فرض امروز).</translation>
    </message>
    <message>
        <source>Portfolio revenue and experience metrics from month A to month B (A &lt;= B).</source>
        <translation>سنجه‌های درآمد و تجربهٔ مشتری سبد از ماه A تا ماه B (A &lt;= B).</translation>
    </message>
    <message>
        <source>Split per owner, team, segment or stage (held at A).</source>
        <translation>تفکیک بر اساس مالک، تیم، بخش یا مرحله (در ماه A).</translation>
    </message>
    <message>
        <source>A monthly series from A to B.</source>
        <translation>یک سری ماهانه از A تا B.</translation>
    </message>
    <message>
        <source>metrics: --from and --to are required</source>
        <translation>سنجه‌ها: --from و --to لازم‌اند</translation>
    </message>
    <message>
        <source>metrics: %1</source>
        <translation>سنجه‌ها: %1</translation>
    </message>
    <message>
        <source>metrics: --by &apos;%1&apos;: expected owner, team, segment or stage</source>
        <translation>سنجه‌ها: --by «%1»: owner، team، segment یا stage انتظار می‌رفت</translation>
    </message>
    <message>
        <source>metrics: --series cannot be combined with --by</source>
        <translation>سنجه‌ها: --series را نمی‌توان با --by همراه کرد</translation>
    </message>
    <message>
        <source>The client status report of one account, or with --portfolio the portfolio report of a period, as PDF or HTML (by the extension of --out).</source>
        <translation>گزارش وضعیت مشتری برای یک حساب، یا با --portfolio گزارش سبد یک دوره، به صورت PDF یا HTML (بر اساس پسوند --out).</translation>
    </message>
    <message>
        <source>The account&apos;s id.</source>
        <translation>شناسهٔ حساب.</translation>
    </message>
    <message>
        <source>The file to write (.pdf or .html).</source>
        <translation>پرونده‌ای که نوشته می‌شود (.pdf یا .html).</translation>
    </message>
    <message>
        <source>The day the figures hold on (default today).</source>
        <translation>روزی که ارقام مربوط به آن‌اند (پیش‌فرض امروز).</translation>
    </message>
    <message>
        <source>The portfolio report.</source>
        <translation>گزارش سبد.</translation>
    </message>
    <message>
        <source>First month (portfolio).</source>
        <translation>ماه نخست (سبد).</translation>
    </message>
    <message>
        <source>Last month (portfolio).</source>
        <translation>ماه آخر (سبد).</translation>
    </message>
    <message>
        <source>Only the accounts this team owns (portfolio).</source>
        <translation>فقط حساب‌هایی که مالکشان این تیم است (سبد).</translation>
    </message>
    <message>
        <source>Only the accounts this person owns (portfolio).</source>
        <translation>فقط حساب‌هایی که مالکشان این شخص است (سبد).</translation>
    </message>
    <message>
        <source>The PDF&apos;s page size (default from the locale).</source>
        <translation>اندازهٔ صفحهٔ PDF (پیش‌فرض بر اساس زبان و منطقه).</translation>
    </message>
    <message>
        <source>report: --out FILE.pdf|FILE.html is required</source>
        <translation>گزارش: --out FILE.pdf|FILE.html لازم است</translation>
    </message>
    <message>
        <source>report: --out: the file must end in .pdf or .html (value &apos;%1&apos;)</source>
        <translation>گزارش: --out: پرونده باید به .pdf یا .html ختم شود (مقدار «%1»)</translation>
    </message>
    <message>
        <source>report: --page: expected a4 or letter (value &apos;%1&apos;)</source>
        <translation>گزارش: --page: a4 یا letter انتظار می‌رفت (مقدار «%1»)</translation>
    </message>
    <message>
        <source>report: --as-of is for one account&apos;s report; the portfolio uses --from and --to</source>
        <translation>گزارش: --as-of برای گزارش یک حساب است؛ گزارش سبد از --from و --to استفاده می‌کند</translation>
    </message>
    <message>
        <source>report: --portfolio needs --from and --to</source>
        <translation>گزارش: --portfolio به --from و --to نیاز دارد</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>گزارش: %1</translation>
    </message>
    <message>
        <source>report: --%1 is for the portfolio report (--portfolio)</source>
        <translation>گزارش: --%1 برای گزارش سبد است (--portfolio)</translation>
    </message>
    <message>
        <source>report: --as-of: not a date YYYY-MM-DD (value &apos;%1&apos;)</source>
        <translation>گزارش: --as-of: تاریخی به شکل YYYY-MM-DD نیست (مقدار «%1»)</translation>
    </message>
    <message>
        <source>Export the health scorecard to a JSON file (stdout without FILE or with &apos;-&apos;),
or import one: weights, thresholds, bands.</source>
        <translation>صدور کارت امتیاز سلامت در یک پروندهٔ JSON (بدون FILE یا با «-» در خروجی استاندارد)،
یا وارد کردن آن: وزن‌ها، آستانه‌ها، وضعیت‌ها.</translation>
    </message>
    <message>
        <source>export or import</source>
        <translation>export یا import</translation>
    </message>
    <message>
        <source>the JSON file</source>
        <translation>پروندهٔ JSON</translation>
    </message>
    <message>
        <source>scorecard import: missing FILE.json</source>
        <translation>ورود کارت امتیاز: FILE.json داده نشده است</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: خواندن پرونده ممکن نیست: %2</translation>
    </message>
    <message>
        <source>scorecard: unknown action &apos;%1&apos; (export or import)</source>
        <translation>کارت امتیاز: کار ناشناخته «%1» (export یا import)</translation>
    </message>
    <message>
        <source>--%1: not a date YYYY-MM-DD (value &apos;%2&apos;)</source>
        <translation>--%1: تاریخی به شکل YYYY-MM-DD نیست (مقدار «%2»)</translation>
    </message>
    <message>
        <source>--owner: &apos;%1&apos; is not a known person</source>
        <translation>--owner: «%1» شخص شناخته‌شده‌ای نیست</translation>
    </message>
    <message>
        <source>Add a task to an account and print its key. Without --owner the acting person owns it (--as, KARVAN_USER or the database&apos;s who-am-I), else nobody.</source>
        <translation>افزودن یک کار به یک حساب و چاپ کلید آن. بدون --owner مالک کار شخص اقدام‌کننده است (--as، KARVAN_USER یا «من کیستم» پایگاه داده)، وگرنه هیچ‌کس.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>چه باید کرد.</translation>
    </message>
    <message>
        <source>Due date.</source>
        <translation>تاریخ سررسید.</translation>
    </message>
    <message>
        <source>Who does it.</source>
        <translation>چه کسی انجامش می‌دهد.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>حساب.</translation>
    </message>
    <message>
        <source>task add: --title TEXT is required</source>
        <translation>افزودن کار: --title TEXT لازم است</translation>
    </message>
    <message>
        <source>Why it is dismissed.</source>
        <translation>چرا کنار گذاشته می‌شود.</translation>
    </message>
    <message>
        <source>The task&apos;s key.</source>
        <translation>کلید کار.</translation>
    </message>
    <message>
        <source>task dismiss: --reason TEXT is required</source>
        <translation>کنار گذاشتن کار: --reason TEXT لازم است</translation>
    </message>
    <message>
        <source>Open tasks: those added by people and those the signal rules raise as of a date.</source>
        <translation>کارهای باز: کارهایی که افراد افزوده‌اند و کارهایی که قواعد هشدار در یک تاریخ ایجاد می‌کنند.</translation>
    </message>
    <message>
        <source>Raise the rules as of this date (default today).</source>
        <translation>اجرای قواعد در این تاریخ (پیش‌فرض امروز).</translation>
    </message>
    <message>
        <source>Only this person&apos;s tasks.</source>
        <translation>فقط کارهای این شخص.</translation>
    </message>
    <message>
        <source>Open tasks as of %1: %2

</source>
        <translation>کارهای باز در تاریخ %1: %2

</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>task: add, done or dismiss?</source>
        <translation>کار: add، done یا dismiss؟</translation>
    </message>
    <message>
        <source>task: unknown step &apos;%1&apos; (add, done, dismiss)</source>
        <translation>کار: گام ناشناخته «%1» (add، done، dismiss)</translation>
    </message>
    <message>
        <source>Usage: karvan-cli [--db PATH] [--as EMAIL] COMMAND [options]
       karvan-cli --version

Commands:
  init                              create the database (schema, teams, template)
  import KIND FILE [--dry-run]      load a CSV file, all or nothing
  export KIND [FILE]                write a CSV file (stdout by default)
  metrics --from YYYY-MM --to YYYY-MM [--json] [--by owner|team|segment|stage] [--series]
  health [--as-of YYYY-MM-DD] [--account ID] [--json]
  scorecard export|import FILE.json
  matrix [--json]                   the ownership matrix, gaps and load
  kpis --from YYYY-MM --to YYYY-MM [--by owner|team] [--json]   stage KPIs
  handoff start ACCOUNT_ID --to EMAIL | item ID N --done|--undone [--note TEXT]
          submit ID | accept ID | return ID --reason TEXT | list [--state S] [--json] | show ID [--json]
  report ACCOUNT_ID --out FILE.pdf|FILE.html [--as-of YYYY-MM-DD] [--page a4|letter]
  report --portfolio --from YYYY-MM --to YYYY-MM --out FILE.pdf|FILE.html
         [--team KEY] [--owner EMAIL] [--page a4|letter]
  generate --accounts N --months M [--seed S] --out DIR
  demo [--accounts N]               generate and import a demo data set
  tasks [--as-of YYYY-MM-DD] [--owner EMAIL] [--json]
  task add ACCOUNT_ID --title TEXT [--due YYYY-MM-DD] [--owner EMAIL]
  task done KEY | task dismiss KEY --reason TEXT
  backup FILE                       a consistent copy of the database
  check                             the database&apos;s integrity check
  restore FILE                      replace the database with a backup (the old one is kept)

Kinds: people accounts ownership revenue usage interactions tickets surveys costs
Run &apos;karvan-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>کاربرد: karvan-cli [--db PATH] [--as EMAIL] COMMAND [options]
       karvan-cli --version

فرمان‌ها:
  init                              ساختن پایگاه داده (طرح، تیم‌ها، الگو)
  import KIND FILE [--dry-run]      بارگذاری یک پروندهٔ CSV، همه یا هیچ
  export KIND [FILE]                نوشتن یک پروندهٔ CSV (پیش‌فرض خروجی استاندارد)
  metrics --from YYYY-MM --to YYYY-MM [--json] [--by owner|team|segment|stage] [--series]
  health [--as-of YYYY-MM-DD] [--account ID] [--json]
  scorecard export|import FILE.json
  matrix [--json]                   ماتریس مالکیت، کاستی‌ها و بار
  kpis --from YYYY-MM --to YYYY-MM [--by owner|team] [--json]   شاخص‌های مرحله‌ها
  handoff start ACCOUNT_ID --to EMAIL | item ID N --done|--undone [--note TEXT]
          submit ID | accept ID | return ID --reason TEXT | list [--state S] [--json] | show ID [--json]
  report ACCOUNT_ID --out FILE.pdf|FILE.html [--as-of YYYY-MM-DD] [--page a4|letter]
  report --portfolio --from YYYY-MM --to YYYY-MM --out FILE.pdf|FILE.html
         [--team KEY] [--owner EMAIL] [--page a4|letter]
  generate --accounts N --months M [--seed S] --out DIR
  demo [--accounts N]               ساختن و وارد کردن یک مجموعه دادهٔ نمایشی
  tasks [--as-of YYYY-MM-DD] [--owner EMAIL] [--json]
  task add ACCOUNT_ID --title TEXT [--due YYYY-MM-DD] [--owner EMAIL]
  task done KEY | task dismiss KEY --reason TEXT
  backup FILE                       یک نسخهٔ سازگار از پایگاه داده
  check                             بررسی درستی پایگاه داده
  restore FILE                      جایگزینی پایگاه داده با یک پشتیبان (نسخهٔ قبلی نگه داشته می‌شود)

انواع: people accounts ownership revenue usage interactions tickets surveys costs
برای گزینه‌های هر فرمان karvan-cli COMMAND --help را اجرا کنید.
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>فرمان ناشناخته «%1»</translation>
    </message>
    <message>
        <source>karvan-cli: unknown option &apos;%1&apos;
%2</source>
        <translation>karvan-cli: گزینهٔ ناشناخته «%1»
%2</translation>
    </message>
    <message>
        <source>karvan-cli: %1
Run &apos;karvan-cli --help&apos; for usage.
</source>
        <translation>karvan-cli: %1
برای راهنما karvan-cli --help را اجرا کنید.
</translation>
    </message>
    <message>
        <source>karvan-cli: internal error: %1
</source>
        <translation>karvan-cli: خطای درونی: %1
</translation>
    </message>
    <message>
        <source>demo: the database %1 already holds the demo (built on %2); nothing was added
</source>
        <translation>نمایشی: پایگاه دادهٔ %1 از قبل دادهٔ نمایشی را دارد (ساخته‌شده در %2)؛ چیزی افزوده نشد
</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;نقش:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;ایمیل:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;تلفن:</translation>
    </message>
    <message>
        <source>&amp;Primary contact</source>
        <translation>مخاطب &amp;اصلی</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>The database cannot be read</source>
        <translation>پایگاه داده خوانده نمی‌شود</translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation>&amp;بررسی پایگاه داده</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;بازگرداندن نسخهٔ پشتیبان…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>یافتن موارد تکراری</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Likely the same as</source>
        <translation>احتمالاً همان</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>چرا</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>نگه‌داشتن</translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation>&amp;جست‌وجوی دوباره</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;ادغام</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>خروجی CSV</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;پرونده:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;مرور…</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation>&amp;جزئیات:</translation>
    </message>
    <message>
        <source>Has a &amp;due date</source>
        <translation>&amp;سررسید دارد</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;سررسید:</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <source>&amp;Reason to return:</source>
        <translation>&amp;دلیل برگشت:</translation>
    </message>
    <message>
        <source>What Sales must add or fix</source>
        <translation>آنچه فروش باید اضافه یا اصلاح کند</translation>
    </message>
    <message>
        <source>Re&amp;turn to Sales</source>
        <translation>&amp;برگشت به فروش</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;پذیرش</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Show the a&amp;ccount</source>
        <translation>نمایش &amp;حساب</translation>
    </message>
    <message>
        <source>&amp;Submit to the CSM</source>
        <translation>&amp;ارسال برای CSM</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>ورود CSV</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;پرونده:</translation>
    </message>
    <message>
        <source>Path of a CSV file</source>
        <translation>مسیر یک پرونده CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;مرور…</translation>
    </message>
    <message>
        <source>Preview (first rows)</source>
        <translation>پیش‌نمایش (سطرهای نخست)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>مشکلات</translation>
    </message>
    <message>
        <source>C&amp;opy problems</source>
        <translation>&amp;رونوشت مشکلات</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;بررسی</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;ورود</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;تاریخ:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;چه کسی:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;چه چیزی:</translation>
    </message>
    <message>
        <source>What was said, agreed or sent</source>
        <translation>آنچه گفته، توافق یا فرستاده شد</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;پیگیری در:</translation>
    </message>
    <message>
        <source>Add a task for the person who logged it, due that day</source>
        <translation>افزودن کار برای کسی که آن را ثبت کرد، با سررسید همان روز</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Karvan</source>
        <translation>کاروان</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>باز کردن &amp;اخیر</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;ابزارها</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>نوار ابزار</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>پایگاه داده &amp;جدید…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Create an empty database</source>
        <translation>ساخت یک پایگاه داده خالی</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;باز کردن…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>باز کردن یک پایگاه داده</translation>
    </message>
    <message>
        <source>New &amp;account…</source>
        <translation>&amp;حساب جدید…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Enter a signed deal as a new account</source>
        <translation>ثبت یک قرارداد امضاشده به‌عنوان حساب جدید</translation>
    </message>
    <message>
        <source>Start a &amp;hand-off…</source>
        <translation>شروع &amp;تحویل…</translation>
    </message>
    <message>
        <source>Hand a signed customer to a CSM with the checklist</source>
        <translation>تحویل مشتری قرارداد بسته به CSM با چک‌لیست</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;ورود CSV…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>ورود یک پرونده CSV</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;خروجی CSV…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export a CSV file</source>
        <translation>ساخت یک پرونده CSV</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;یافتن</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Filter the list of accounts</source>
        <translation>پالایش فهرست حساب‌ها</translation>
    </message>
    <message>
        <source>&amp;My book</source>
        <translation>&amp;دفتر من</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;All accounts</source>
        <translation>&amp;همه حساب‌ها</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Hand-offs</source>
        <translation>&amp;تحویل‌ها</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;داشبورد</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;People &amp;&amp; teams</source>
        <translation>&amp;افراد و تیم‌ها</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;تنظیمات</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;بازگشت</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>بازگشت به فهرست</translation>
    </message>
    <message>
        <source>Show &amp;navigation</source>
        <translation>نمایش &amp;پیمایش</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>یافتن موارد &amp;تکراری…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Find and merge duplicate accounts</source>
        <translation>یافتن و ادغام حساب‌های تکراری</translation>
    </message>
    <message>
        <source>&amp;About Karvan</source>
        <translation>&amp;درباره کاروان</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation>ادغام %1 در %2</translation>
    </message>
    <message>
        <source>Merged %1 into %2: %3 records moved.</source>
        <translation>‏%1 در %2 ادغام شد: %3 رکورد منتقل شد.</translation>
    </message>
    <message>
        <source>Revenue summed for the months both had: %1.</source>
        <translation>درآمد ماه‌هایی که هر دو داشتند جمع شد: %1.</translation>
    </message>
    <message>
        <source>Kept %1&apos;s values of %2; the others are in a note.</source>
        <translation>مقدارهای %2 از %1 نگه داشته شد؛ بقیه در یک یادداشت است.</translation>
    </message>
</context>
<context>
    <name>MyDayView</name>
    <message>
        <source>Renewal</source>
        <translation>تمدید</translation>
    </message>
    <message>
        <source>Health is red</source>
        <translation>سلامت قرمز است</translation>
    </message>
    <message>
        <source>No recent contact</source>
        <translation>بدون تماس اخیر</translation>
    </message>
    <message>
        <source>Escalated ticket</source>
        <translation>تیکت ارجاع‌شده</translation>
    </message>
    <message>
        <source>Hand-off overdue</source>
        <translation>تحویل معوق</translation>
    </message>
    <message>
        <source>Goal due</source>
        <translation>سررسید هدف</translation>
    </message>
    <message>
        <source>Added by people</source>
        <translation>افزوده‌شده توسط افراد</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;شناسه:</translation>
    </message>
    <message>
        <source>In&amp;dustry:</source>
        <translation>&amp;صنعت:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;بخش بازار:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;مدل:</translation>
    </message>
    <message>
        <source>Contract &amp;start:</source>
        <translation>&amp;شروع قرارداد:</translation>
    </message>
    <message>
        <source>&amp;Renewal date:</source>
        <translation>تاریخ &amp;تمدید:</translation>
    </message>
    <message>
        <source>&amp;MRR:</source>
        <translation>&amp;درآمد ماهانه (MRR):</translation>
    </message>
    <message>
        <source>e.g. 4500 or 4500.50</source>
        <translation>مثلاً 4500 یا 4500.50</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>&amp;Band:</source>
        <translation>&amp;وضعیت سلامت:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;دلیل:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;تا:</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;فرد:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;تیم:</translation>
    </message>
    <message>
        <source>Use the template&apos;s &amp;supporting teams</source>
        <translation>استفاده از تیم‌های &amp;پشتیبان الگو</translation>
    </message>
    <message>
        <source>Supporting teams:</source>
        <translation>تیم‌های پشتیبان:</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>&amp;People</source>
        <translation>&amp;افراد</translation>
    </message>
    <message>
        <source>Filter people by name, email or team</source>
        <translation>پالایش افراد بر اساس نام، ایمیل یا تیم</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>&amp;ایمیل:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;تیم:</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>&amp;فعال</translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation>&amp;افزودن به‌عنوان جدید</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;ذخیره تغییرات</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;غیرفعال کردن</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;تیم‌ها</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;کلید:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;توضیح:</translation>
    </message>
    <message>
        <source>Add as &amp;new</source>
        <translation>افزودن به‌عنوان &amp;جدید</translation>
    </message>
    <message>
        <source>Save c&amp;hanges</source>
        <translation>&amp;ذخیره تغییرات</translation>
    </message>
    <message>
        <source>Ownership &amp;template</source>
        <translation>&amp;الگوی مالکیت</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>(none)</source>
        <translation>‏(هیچ)</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>این حساب دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The new account needs an id.</source>
        <translation>حساب جدید به شناسه نیاز دارد.</translation>
    </message>
    <message>
        <source>The new account needs a name.</source>
        <translation>حساب جدید به نام نیاز دارد.</translation>
    </message>
    <message>
        <source>The model must be b2b or b2c (value &apos;%1&apos;).</source>
        <translation>مدل باید b2b یا b2c باشد (مقدار «%1»).</translation>
    </message>
    <message>
        <source>The MRR cannot be negative.</source>
        <translation>درآمد ماهانه نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>The renewal date comes before the contract start.</source>
        <translation>تاریخ تمدید پیش از شروع قرارداد است.</translation>
    </message>
    <message>
        <source>An account with the id &apos;%1&apos; already exists.</source>
        <translation>حسابی با شناسه «%1» از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known person.</source>
        <translation>«%1» فرد شناخته‌شده‌ای نیست.</translation>
    </message>
    <message>
        <source>The database did not return the new record&apos;s id.</source>
        <translation>پایگاه داده شناسه رکورد جدید را برنگرداند.</translation>
    </message>
    <message>
        <source>%1 must be a date YYYY-MM-DD (value &apos;%2&apos;).</source>
        <translation>‏%1 باید تاریخی به شکل YYYY-MM-DD باشد (مقدار «%2»).</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>این رکورد دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>Unknown account field &apos;%1&apos;.</source>
        <translation>فیلد حساب ناشناخته «%1».</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>هر حساب به نام نیاز دارد.</translation>
    </message>
    <message>
        <source>The status must be active or churned (value &apos;%1&apos;).</source>
        <translation>وضعیت باید active یا churned باشد (مقدار «%1»).</translation>
    </message>
    <message>
        <source>A custom field needs a name.</source>
        <translation>فیلد سفارشی به نام نیاز دارد.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in account field.</source>
        <translation>«%1» فیلد داخلی حساب است.</translation>
    </message>
    <message>
        <source>A custom field named &apos;%1&apos; already exists.</source>
        <translation>فیلد سفارشی با نام «%1» از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>The field still has values; clear them first.</source>
        <translation>این فیلد هنوز مقدار دارد؛ ابتدا آن‌ها را پاک کنید.</translation>
    </message>
    <message>
        <source>The custom field no longer exists.</source>
        <translation>این فیلد سفارشی دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The account is already at the %1 stage.</source>
        <translation>حساب هم‌اکنون در مرحله %1 است.</translation>
    </message>
    <message>
        <source>The chosen person no longer exists.</source>
        <translation>فرد انتخاب‌شده دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>%1 is not active and cannot own a stage.</source>
        <translation>‏%1 فعال نیست و نمی‌تواند مالک مرحله‌ای باشد.</translation>
    </message>
    <message>
        <source>Choose a person or a team to own the %1 stage.</source>
        <translation>یک فرد یا تیم را به‌عنوان مالک مرحله %1 انتخاب کنید.</translation>
    </message>
    <message>
        <source>An interaction needs a date.</source>
        <translation>هر تعامل به تاریخ نیاز دارد.</translation>
    </message>
    <message>
        <source>Unknown interaction kind &apos;%1&apos;.</source>
        <translation>نوع تعامل ناشناخته «%1».</translation>
    </message>
    <message>
        <source>A ticket needs the date it was opened.</source>
        <translation>تیکت به تاریخ باز شدن نیاز دارد.</translation>
    </message>
    <message>
        <source>A ticket cannot be closed before it was opened.</source>
        <translation>تیکت نمی‌تواند پیش از باز شدن بسته شود.</translation>
    </message>
    <message>
        <source>Unknown priority &apos;%1&apos;.</source>
        <translation>اولویت ناشناخته «%1».</translation>
    </message>
    <message>
        <source>A ticket &apos;%1&apos; already exists.</source>
        <translation>تیکت «%1» از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>A goal needs a title.</source>
        <translation>هدف به عنوان نیاز دارد.</translation>
    </message>
    <message>
        <source>Unknown goal kind &apos;%1&apos;.</source>
        <translation>نوع هدف ناشناخته «%1».</translation>
    </message>
    <message>
        <source>Unknown goal status &apos;%1&apos;.</source>
        <translation>وضعیت هدف ناشناخته «%1».</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>مخاطب به نام نیاز دارد.</translation>
    </message>
    <message>
        <source>A saved filter needs a name.</source>
        <translation>پالایه ذخیره‌شده به نام نیاز دارد.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>report: unknown account &apos;%1&apos;</source>
        <translation>گزارش: حساب ناشناخته «%1»</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>شناسه حساب</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>بخش بازار</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>مدل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>ریزش‌کرده</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>شروع قرارداد</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>تمدید</translation>
    </message>
    <message>
        <source>MRR (latest month)</source>
        <translation>درآمد ماهانه (آخرین ماه)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>نمایه</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Goals and outcomes</source>
        <translation>اهداف و دستاوردها</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>No goals recorded.</source>
        <translation>هدفی ثبت نشده است.</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>سفر مشتری</translation>
    </message>
    <message>
        <source>Current stage: %1</source>
        <translation>مرحله فعلی: %1</translation>
    </message>
    <message>
        <source>1 day in this stage</source>
        <translation>۱ روز در این مرحله</translation>
    </message>
    <message>
        <source>%1 days in this stage</source>
        <translation>‏%1 روز در این مرحله</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <source>Owning team</source>
        <translation>تیم مالک</translation>
    </message>
    <message>
        <source>Supporting teams</source>
        <translation>تیم‌های پشتیبان</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>template</source>
        <translation>الگو</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>سلامت</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>امتیاز %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>‏%1 در %2</translation>
    </message>
    <message>
        <source>Band set by %1 until %2: %3</source>
        <translation>وضعیت را %1 تا %2 تعیین کرده است: %3</translation>
    </message>
    <message>
        <source>A churned account is not scored.</source>
        <translation>به حساب ریزش‌کرده امتیاز داده نمی‌شود.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>سنجه</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>وزن</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>سهم</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <source>Not enough data to score: the measures with data weigh %1.</source>
        <translation>داده برای امتیازدهی کافی نیست: وزن سنجه‌های دارای داده %1 است.</translation>
    </message>
    <message>
        <source>What would lift it (any one of these):</source>
        <translation>چه چیزی آن را بالا می‌برد (هر یک از این‌ها):</translation>
    </message>
    <message>
        <source>No single measure alone can lift it to %1.</source>
        <translation>هیچ سنجه‌ای به‌تنهایی نمی‌تواند آن را به %1 برساند.</translation>
    </message>
    <message>
        <source>Revenue, last %1 months</source>
        <translation>درآمد، %1 ماه گذشته</translation>
    </message>
    <message>
        <source>No revenue in these months.</source>
        <translation>در این ماه‌ها درآمدی نبوده است.</translation>
    </message>
    <message>
        <source>MRR %1 in %2 (%3 in %4) &amp;middot; %5 in total over these months</source>
        <translation>درآمد ماهانه %1 در %2 (%3 در %4) &amp;middot; در مجموع %5 در این ماه‌ها</translation>
    </message>
    <message>
        <source>Recent communication</source>
        <translation>ارتباطات اخیر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>توسط</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>No communication recorded.</source>
        <translation>ارتباطی ثبت نشده است.</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>ارجاع‌شده</translation>
    </message>
    <message>
        <source>Open tickets (%1)</source>
        <translation>تیکت‌های باز (%1)</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>تیکت</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>باز شده</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>ارجاع</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>No open tickets.</source>
        <translation>تیکت بازی نیست.</translation>
    </message>
    <message>
        <source>Open tasks (%1)</source>
        <translation>کارهای باز (%1)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation>کار بازی نیست.</translation>
    </message>
    <message>
        <source>Client status report</source>
        <translation>گزارش وضعیت مشتری</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>همه حساب‌ها</translation>
    </message>
    <message>
        <source>report: unknown team &apos;%1&apos;</source>
        <translation>گزارش: تیم ناشناخته «%1»</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>تیم: %1</translation>
    </message>
    <message>
        <source>report: unknown owner &apos;%1&apos;</source>
        <translation>گزارش: مالک ناشناخته «%1»</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>مالک: %1</translation>
    </message>
    <message>
        <source>MRR at the start (%1)</source>
        <translation>درآمد ماهانه در آغاز (%1)</translation>
    </message>
    <message>
        <source>MRR at the end (%1)</source>
        <translation>درآمد ماهانه در پایان (%1)</translation>
    </message>
    <message>
        <source>New MRR</source>
        <translation>درآمد ماهانه جدید</translation>
    </message>
    <message>
        <source>Expansion MRR</source>
        <translation>درآمد ماهانه از توسعه</translation>
    </message>
    <message>
        <source>Contraction MRR</source>
        <translation>کاهش درآمد ماهانه</translation>
    </message>
    <message>
        <source>Churned MRR</source>
        <translation>درآمد ماهانه ازدست‌رفته با ریزش</translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation>حفظ درآمد خالص (NRR)</translation>
    </message>
    <message>
        <source>Gross revenue retention</source>
        <translation>حفظ درآمد ناخالص (GRR)</translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation>ریزش مشتری</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>مشتریان فعال</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>مشتریان جدید</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>Retention cost</source>
        <translation>هزینه نگهداری مشتری</translation>
    </message>
    <message>
        <source>Retention cost per customer</source>
        <translation>هزینه نگهداری هر مشتری</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>هزینه جذب</translation>
    </message>
    <message>
        <source>Acquisition cost per new customer</source>
        <translation>هزینه جذب هر مشتری جدید</translation>
    </message>
    <message>
        <source>Metrics of the period</source>
        <translation>معیارهای دوره</translation>
    </message>
    <message>
        <source>Key metric</source>
        <translation>معیار کلیدی</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Stage KPIs</source>
        <translation>شاخص‌های کلیدی مراحل</translation>
    </message>
    <message>
        <source>Health distribution (%1)</source>
        <translation>توزیع سلامت (%1)</translation>
    </message>
    <message>
        <source>Ownership gaps (%1)</source>
        <translation>خلأهای مالکیت (%1)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>No gaps: every current stage has an active owner and support.</source>
        <translation>خلأیی نیست: هر مرحله فعلی مالک و پشتیبان فعال دارد.</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Owner load</source>
        <translation>بار کاری مالکان</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>حساب‌ها</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>درآمد ماهانه</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>قرمز</translation>
    </message>
    <message>
        <source>No owners.</source>
        <translation>مالکی نیست.</translation>
    </message>
    <message>
        <source>red</source>
        <translation>قرمز</translation>
    </message>
    <message>
        <source>renews %1</source>
        <translation>تمدید در %1</translation>
    </message>
    <message>
        <source>silent %1 days</source>
        <translation>‏%1 روز بی‌تماس</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>هرگز تماس نشده</translation>
    </message>
    <message>
        <source>Red, renewing within %1 days, or no contact for %2 days or more (the signal rules that raise tasks).</source>
        <translation>قرمز، تمدید در %1 روز آینده، یا بدون تماس در %2 روز یا بیشتر (قواعد هشداری که کار می‌سازند).</translation>
    </message>
    <message>
        <source>Accounts at risk (%1)</source>
        <translation>حساب‌های در خطر (%1)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>چرا</translation>
    </message>
    <message>
        <source>No account at risk.</source>
        <translation>حسابی در خطر نیست.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>‏%1 تا %2</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>۱ حساب</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>‏%1 حساب</translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation>گزارش سبد مشتریان</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>تا تاریخ %1</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>تهیه‌شده توسط %1</translation>
    </message>
    <message>
        <source>Generated %1 UTC</source>
        <translation>ساخته‌شده در %1 UTC</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>تا تاریخ %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحه %1 از %2</translation>
    </message>
    <message>
        <source>cannot start painting the report</source>
        <translation>رسم گزارش آغاز نشد</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;تا تاریخ:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy/MM/dd</translation>
    </message>
    <message>
        <source>The day the report&apos;s figures hold on</source>
        <translation>روزی که ارقام گزارش برای آن است</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>&amp;تیم:</translation>
    </message>
    <message>
        <source>Only the accounts whose current stage this team owns</source>
        <translation>فقط حساب‌هایی که مرحله فعلی‌شان در مالکیت این تیم است</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;مالک:</translation>
    </message>
    <message>
        <source>Only the accounts whose current stage this person owns</source>
        <translation>فقط حساب‌هایی که مرحله فعلی‌شان در مالکیت این فرد است</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>&amp;کاغذ:</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>ذخیره به‌صورت &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>ذخیره به‌صورت &amp;HTML…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <source>Working on the report</source>
        <translation>در حال تهیه گزارش</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>بازگرداندن از نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>زمان تهیه</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze a task</source>
        <translation>به تعویق انداختن کار</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;تا:</translation>
    </message>
</context>
<context>
    <name>StaleEdit</name>
    <message>
        <source>Changed elsewhere</source>
        <translation>در جای دیگری تغییر کرده است</translation>
    </message>
    <message>
        <source>Reload to see the current version, then make your change again if it still applies.</source>
        <translation>دوباره بارگذاری کنید تا نسخهٔ کنونی را ببینید، سپس اگر تغییرتان هنوز لازم است آن را دوباره انجام دهید.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>بارگذاری دوباره</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>کس دیگری</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3, after you opened it (in another window or by an import). Your change was not saved.</source>
        <translation>%1 پس از آنکه آن را باز کردید، در %3 توسط %2 تغییر کرد (در پنجره‌ای دیگر یا با یک ورود داده). تغییر شما ذخیره نشد.</translation>
    </message>
</context>
<context>
    <name>StartHandoffDialog</name>
    <message>
        <source>Hand a signed customer to a CSM. You fill the checklist, then submit it; the CSM accepts it or returns it with a reason.</source>
        <translation>مشتری قرارداد بسته را به CSM تحویل دهید. شما چک‌لیست را پر و ارسال می‌کنید؛ CSM آن را می‌پذیرد یا با ذکر دلیل برمی‌گرداند.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;حساب:</translation>
    </message>
    <message>
        <source>&amp;To (CSM):</source>
        <translation>&amp;به (CSM):</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>Edit refused</source>
        <translation>ویرایش پذیرفته نشد</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>افزودن %1</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>فعال‌سازی دوباره %1</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>غیرفعال کردن %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>تغییر نام %1 به %2</translation>
    </message>
    <message>
        <source>Change email of %1 to %2</source>
        <translation>تغییر ایمیل %1 به %2</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>انتقال %1 به %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>ویرایش %1</translation>
    </message>
    <message>
        <source>Add team %1</source>
        <translation>افزودن تیم %1</translation>
    </message>
    <message>
        <source>Rename team %1 to %2</source>
        <translation>تغییر نام تیم %1 به %2</translation>
    </message>
    <message>
        <source>Edit team %1</source>
        <translation>ویرایش تیم %1</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>بدون تیم</translation>
    </message>
    <message>
        <source>Change owner team of %1 to %2</source>
        <translation>تغییر تیم مالک %1 به %2</translation>
    </message>
    <message>
        <source>Change co-owner team of %1 to %2</source>
        <translation>تغییر تیم هم‌مالک %1 به %2</translation>
    </message>
    <message>
        <source>Change supporting teams of %1</source>
        <translation>تغییر تیم‌های پشتیبان %1</translation>
    </message>
    <message>
        <source>Change key metrics of %1</source>
        <translation>تغییر معیارهای کلیدی %1</translation>
    </message>
    <message>
        <source>Edit the template for %1</source>
        <translation>ویرایش الگو برای %1</translation>
    </message>
    <message>
        <source>Add rule &quot;%1&quot;</source>
        <translation>افزودن قاعده «%1»</translation>
    </message>
    <message>
        <source>Remove rule &quot;%1&quot;</source>
        <translation>حذف قاعده «%1»</translation>
    </message>
    <message>
        <source>Edit rule &quot;%1&quot;</source>
        <translation>ویرایش قاعده «%1»</translation>
    </message>
    <message>
        <source>Change the health scorecard</source>
        <translation>تغییر کارت امتیاز سلامت</translation>
    </message>
</context>
<context>
    <name>TaskEdits</name>
    <message>
        <source>Not changed</source>
        <translation>تغییری نکرد</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>مشکل پایگاه داده</translation>
    </message>
    <message>
        <source>Mark &apos;%1&apos; done</source>
        <translation>انجام‌شده کردن «%1»</translation>
    </message>
    <message>
        <source>Dismiss &apos;%1&apos;</source>
        <translation>کنار گذاشتن «%1»</translation>
    </message>
    <message>
        <source>Snooze &apos;%1&apos; to %2</source>
        <translation>تعویق «%1» تا %2</translation>
    </message>
    <message>
        <source>Add task &apos;%1&apos; for %2</source>
        <translation>افزودن کار «%1» برای %2</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>&lt;b&gt;Conflict-resolution rules&lt;/b&gt;: in this situation, this team decides and that team tells the customer.</source>
        <translation>&lt;b&gt;قوانین حل تعارض&lt;/b&gt;: در این وضعیت، این تیم تصمیم می‌گیرد و آن تیم به مشتری اطلاع می‌دهد.</translation>
    </message>
    <message>
        <source>&amp;Situation:</source>
        <translation>&amp;وضعیت:</translation>
    </message>
    <message>
        <source>&amp;Decides:</source>
        <translation>&amp;تصمیم‌گیرنده:</translation>
    </message>
    <message>
        <source>&amp;Tells the customer:</source>
        <translation>&amp;اطلاع‌دهنده به مشتری:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;یادداشت:</translation>
    </message>
    <message>
        <source>Add &amp;rule</source>
        <translation>افزودن &amp;قاعده</translation>
    </message>
    <message>
        <source>Sa&amp;ve rule</source>
        <translation>&amp;ذخیره قاعده</translation>
    </message>
    <message>
        <source>Re&amp;move rule</source>
        <translation>&amp;حذف قاعده</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;موضوع:</translation>
    </message>
    <message>
        <source>&amp;Ticket id:</source>
        <translation>&amp;شناسه تیکت:</translation>
    </message>
    <message>
        <source>generated when empty</source>
        <translation>اگر خالی بماند ساخته می‌شود</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <translation>&amp;باز شده در:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;اولویت:</translation>
    </message>
    <message>
        <source>&amp;Escalated to Product</source>
        <translation>&amp;ارجاع به محصول</translation>
    </message>
</context>
<context>
    <name>Trend</name>
    <message>
        <source>up</source>
        <translation>رو به بالا</translation>
    </message>
    <message>
        <source>down</source>
        <translation>رو به پایین</translation>
    </message>
    <message>
        <source>same</source>
        <translation>بدون تغییر</translation>
    </message>
    <message>
        <source>↑ up %1</source>
        <translation>↑ %1 بالاتر</translation>
    </message>
    <message>
        <source>↓ down %1</source>
        <translation>↓ %1 پایین‌تر</translation>
    </message>
    <message>
        <source>→ same</source>
        <translation>→ بدون تغییر</translation>
    </message>
</context>
<context>
    <name>karvan::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>نسخه %1</translation>
    </message>
</context>
<context>
    <name>karvan::AccountListModel</name>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>سلامت</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>روند</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>درآمد ماهانه</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>تمدید</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخرین تماس</translation>
    </message>
    <message>
        <source>In stage</source>
        <translation>در مرحله</translation>
    </message>
</context>
<context>
    <name>karvan::AccountMerger</name>
    <message>
        <source>One of the two accounts no longer exists.</source>
        <translation>یکی از دو حساب دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>An account cannot be merged into itself.</source>
        <translation>یک حساب را نمی‌توان با خودش ادغام کرد.</translation>
    </message>
    <message>
        <source>The account %1 exists again; the merge cannot be undone.</source>
        <translation>حساب %1 دوباره وجود دارد؛ ادغام را نمی‌توان بازگرداند.</translation>
    </message>
    <message>
        <source>The account %1 no longer exists; the merge cannot be undone.</source>
        <translation>حساب %1 دیگر وجود ندارد؛ ادغام را نمی‌توان بازگرداند.</translation>
    </message>
</context>
<context>
    <name>karvan::AccountWorkspace</name>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>اصلی</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه چیزی</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>تیکت</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>باز شده</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>ارجاع‌شده</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>نظر</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>درآمد ماهانه</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>سنجه</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>وزن</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>سهم</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;نمایه</translation>
    </message>
    <message>
        <source>&amp;Goals &amp;&amp; outcomes</source>
        <translation>&amp;اهداف و دستاوردها</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>&amp;مخاطبان</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;سفر مشتری</translation>
    </message>
    <message>
        <source>&amp;Communication</source>
        <translation>&amp;ارتباطات</translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation>&amp;تیکت‌ها</translation>
    </message>
    <message>
        <source>&amp;Surveys</source>
        <translation>&amp;نظرسنجی‌ها</translation>
    </message>
    <message>
        <source>&amp;Revenue</source>
        <translation>&amp;درآمد</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>&amp;سلامت</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>&amp;کارها</translation>
    </message>
    <message>
        <source>Hand-o&amp;ff</source>
        <translation>&amp;تحویل</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>&amp;ثبت تعامل…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>بازگشایی</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>&amp;Override band…</source>
        <translation>&amp;تعیین دستی وضعیت…</translation>
    </message>
    <message>
        <source>Remove override</source>
        <translation>حذف تعیین دستی</translation>
    </message>
    <message>
        <source>Open ticket…</source>
        <translation>باز کردن تیکت…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Escalate to Product</source>
        <translation>ارجاع به محصول</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>این حساب دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>شناسه %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>مرحله: %1</translation>
    </message>
    <message>
        <source>Stage: %1 since %2 (%3)</source>
        <translation>مرحله: %1 از %2 (%3)</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>۱ روز</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>‏%1 روز</translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation>‏%1 (الگو)</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>مالک: %1</translation>
    </message>
    <message>
        <source> (overridden)</source>
        <translation> (تعیین دستی)</translation>
    </message>
    <message>
        <source>MRR %1</source>
        <translation>درآمد ماهانه %1</translation>
    </message>
    <message>
        <source>Renewal %1</source>
        <translation>تمدید %1</translation>
    </message>
    <message>
        <source>No renewal date</source>
        <translation>بدون تاریخ تمدید</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>to Product</source>
        <translation>به محصول</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>بدون داده</translation>
    </message>
    <message>
        <source>Churned: the account is not scored.</source>
        <translation>ریزش‌کرده: به این حساب امتیاز داده نمی‌شود.</translation>
    </message>
    <message>
        <source>Health today: %1, score %2.</source>
        <translation>سلامت امروز: %1، امتیاز %2.</translation>
    </message>
    <message>
        <source>Health today: %1 (not enough data to score this account).</source>
        <translation>سلامت امروز: %1 (داده برای امتیازدهی این حساب کافی نیست).</translation>
    </message>
    <message>
        <source>What would lift it: %1.</source>
        <translation>چه چیزی آن را بالا می‌برد: %1.</translation>
    </message>
    <message>
        <source>; or </source>
        <translation>؛ یا </translation>
    </message>
    <message>
        <source>Band overridden until %1 (computed: %2): %3</source>
        <translation>وضعیت تا %1 دستی تعیین شده است (محاسبه‌شده: %2): %3</translation>
    </message>
    <message>
        <source>Compared with %1 (%2): %3.</source>
        <translation>در مقایسه با %1 (%2): %3.</translation>
    </message>
    <message>
        <source>Health is not available: %1</source>
        <translation>سلامت در دسترس نیست: %1</translation>
    </message>
    <message>
        <source>Health of %1 shown as %2 until %3</source>
        <translation>سلامت %1 تا %3 به‌صورت %2 نشان داده می‌شود</translation>
    </message>
    <message>
        <source>Removed the health override of %1</source>
        <translation>تعیین دستی سلامت %1 حذف شد</translation>
    </message>
    <message>
        <source>Logged a %1 with %2</source>
        <translation>یک %1 با %2 ثبت شد</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;تاریخچه</translation>
    </message>
    <message>
        <source>&lt;b&gt;Escalated to Product&lt;/b&gt;: %1 decides, %2 tells the customer. %3</source>
        <translation>&lt;b&gt;ارجاع‌شده به محصول&lt;/b&gt;: %1 تصمیم می‌گیرد و %2 به مشتری اطلاع می‌دهد. %3</translation>
    </message>
</context>
<context>
    <name>karvan::AuditLogModel</name>
    <message>
        <source>Account %1</source>
        <translation>حساب %1</translation>
    </message>
    <message>
        <source>Health of %1</source>
        <translation>سلامت %1</translation>
    </message>
    <message>
        <source>Hand-off %1</source>
        <translation>تحویل %1</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>کار %1</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>فرد %1</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>تیم %1</translation>
    </message>
    <message>
        <source>Ownership template %1</source>
        <translation>الگوی مالکیت %1</translation>
    </message>
    <message>
        <source>Conflict rule %1</source>
        <translation>قاعدهٔ حل تعارض %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>ورود داده %1</translation>
    </message>
    <message>
        <source>Hand-off checklist %1</source>
        <translation>چک‌لیست تحویل %1</translation>
    </message>
    <message>
        <source>Custom field %1</source>
        <translation>فیلد سفارشی %1</translation>
    </message>
    <message>
        <source>Saved filter %1</source>
        <translation>فیلتر ذخیره‌شده %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>رکورد</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>به</translation>
    </message>
</context>
<context>
    <name>karvan::BackupKeeper</name>
    <message>
        <source>Could not back up the database: %1</source>
        <translation>تهیهٔ نسخهٔ پشتیبان از پایگاه داده ممکن نشد: %1</translation>
    </message>
    <message>
        <source>Backed up the database to %1</source>
        <translation>از پایگاه داده در %1 نسخهٔ پشتیبان تهیه شد</translation>
    </message>
</context>
<context>
    <name>karvan::BookView</name>
    <message>
        <source>Any band</source>
        <translation>هر وضعیت</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>ریزش‌کرده</translation>
    </message>
    <message>
        <source>Choose who you are (Settings) to see your book.</source>
        <translation>برای دیدن دفترتان، در تنظیمات مشخص کنید چه کسی هستید.</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>‏%1 حساب</translation>
    </message>
    <message>
        <source>%1 of %2 accounts</source>
        <translation>‏%1 از %2 حساب</translation>
    </message>
    <message>
        <source>Saved filters…</source>
        <translation>پالایه‌های ذخیره‌شده…</translation>
    </message>
    <message>
        <source>Filter &quot;%1&quot;: %2 accounts</source>
        <translation>پالایه «%1»: %2 حساب</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>ذخیره پالایه</translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation>نام پالایه:</translation>
    </message>
    <message>
        <source>Saved filter &quot;%1&quot;</source>
        <translation>پالایه «%1» ذخیره شد</translation>
    </message>
    <message>
        <source>Deleted saved filter &quot;%1&quot;</source>
        <translation>پالایه ذخیره‌شده «%1» حذف شد</translation>
    </message>
    <message>
        <source>Could not score account health: %1</source>
        <translation>امتیازدهی سلامت حساب ممکن نشد: %1</translation>
    </message>
    <message>
        <source>Account health scored</source>
        <translation>سلامت حساب‌ها امتیازدهی شد</translation>
    </message>
</context>
<context>
    <name>karvan::BusinessModel</name>
    <message>
        <source>B2B</source>
        <translation>B2B</translation>
    </message>
    <message>
        <source>B2C</source>
        <translation>B2C</translation>
    </message>
</context>
<context>
    <name>karvan::ChartsPanel</name>
    <message>
        <source>Save as PNG...</source>
        <translation>ذخیره به‌صورت PNG...</translation>
    </message>
    <message>
        <source>MRR movements by month</source>
        <translation>تغییرات درآمد ماهانه در هر ماه</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>توسعه</translation>
    </message>
    <message>
        <source>Contraction (down)</source>
        <translation>کاهش (پایین)</translation>
    </message>
    <message>
        <source>Churned (down)</source>
        <translation>ریزش (پایین)</translation>
    </message>
    <message>
        <source>MRR, thousands</source>
        <translation>درآمد ماهانه، هزار</translation>
    </message>
    <message>
        <source>Trailing 12-month NRR and GRR</source>
        <translation>‏NRR و GRR در ۱۲ ماه گذشته</translation>
    </message>
    <message>
        <source>NRR (solid, points)</source>
        <translation>‏NRR (خط پر، نقطه‌ها)</translation>
    </message>
    <message>
        <source>GRR (dashed)</source>
        <translation>‏GRR (خط‌چین)</translation>
    </message>
    <message>
        <source>NPS by month</source>
        <translation>‏NPS در هر ماه</translation>
    </message>
    <message>
        <source>NPS (-100 to 100)</source>
        <translation>‏NPS (از −۱۰۰ تا ۱۰۰)</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>ذخیره نمودار به‌صورت PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>تصویرهای PNG (*.png)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>ذخیره نمودار</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>نوشتن %1 ممکن نشد.</translation>
    </message>
    <message>
        <source>Health bands by month (snapshots)</source>
        <translation>وضعیت سلامت در هر ماه (عکس‌های ماهانه)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>حساب‌ها</translation>
    </message>
    <message>
        <source>MRR, millions</source>
        <translation>درآمد ماهانه، میلیون</translation>
    </message>
    <message>
        <source>Million %1</source>
        <translation>میلیون %1</translation>
    </message>
    <message>
        <source>Thousand %1</source>
        <translation>هزار %1</translation>
    </message>
</context>
<context>
    <name>karvan::ChecklistEditor</name>
    <message>
        <source>Edit the hand-off checklist</source>
        <translation>ویرایش چک‌لیست تحویل</translation>
    </message>
    <message>
        <source>Hand-off checklist</source>
        <translation>چک‌لیست تحویل</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>مورد</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>الزامی</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>متن راهنما</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;افزودن مورد</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>انتقال به &amp;بالا</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>انتقال به &amp;پایین</translation>
    </message>
    <message>
        <source>Sa&amp;ve checklist</source>
        <translation>&amp;ذخیره چک‌لیست</translation>
    </message>
    <message>
        <source>What Sales fills in when handing a signed customer to a CSM. Required items must be done before a hand-off can be submitted; a hand-off keeps the checklist it started with.</source>
        <translation>آنچه فروش هنگام تحویل مشتری قرارداد بسته به CSM پر می‌کند. موارد الزامی باید پیش از ارسال تحویل انجام شوند؛ هر تحویل چک‌لیستی را که با آن آغاز شده نگه می‌دارد.</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>مورد جدید</translation>
    </message>
    <message>
        <source>Saved: new hand-offs use this checklist.</source>
        <translation>ذخیره شد: تحویل‌های جدید از این چک‌لیست استفاده می‌کنند.</translation>
    </message>
</context>
<context>
    <name>karvan::ChecklistStore</name>
    <message>
        <source>The checklist needs at least one item.</source>
        <translation>چک‌لیست دست‌کم به یک مورد نیاز دارد.</translation>
    </message>
    <message>
        <source>Checklist item %1 has no text.</source>
        <translation>مورد %1 چک‌لیست متن ندارد.</translation>
    </message>
</context>
<context>
    <name>karvan::ConflictRules</name>
    <message>
        <source>A support ticket is escalated to Product</source>
        <translation>یک تیکت پشتیبانی به تیم محصول ارجاع می‌شود</translation>
    </message>
    <message>
        <source>Product decides the priority; Customer Success tells the customer.</source>
        <translation>تیم محصول اولویت را تعیین می‌کند؛ تیم موفقیت مشتری به مشتری اطلاع می‌دهد.</translation>
    </message>
    <message>
        <source>The customer asks for a new feature</source>
        <translation>مشتری قابلیت تازه‌ای درخواست می‌کند</translation>
    </message>
    <message>
        <source>Product sets the priority; the CSM tells the customer the timeline.</source>
        <translation>تیم محصول اولویت را تعیین می‌کند؛ CSM زمان‌بندی را به مشتری اطلاع می‌دهد.</translation>
    </message>
</context>
<context>
    <name>karvan::ContactDialog</name>
    <message>
        <source>Add a contact</source>
        <translation>افزودن مخاطب</translation>
    </message>
</context>
<context>
    <name>karvan::CostCategory</name>
    <message>
        <source>Support</source>
        <translation>پشتیبانی</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>آموزش</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>تعامل</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>بازاریابی</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>موفقیت مشتری</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>جذب</translation>
    </message>
</context>
<context>
    <name>karvan::Currency</name>
    <message>
        <source>Toman</source>
        <translation>تومان</translation>
    </message>
    <message>
        <source>Rial</source>
        <translation>ریال</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>دلار آمریکا</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>یورو</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>پوند استرلینگ</translation>
    </message>
    <message>
        <source>UAE dirham</source>
        <translation>درهم امارات</translation>
    </message>
    <message>
        <source>Turkish lira</source>
        <translation>لیر ترکیه</translation>
    </message>
</context>
<context>
    <name>karvan::Dashboard</name>
    <message>
        <source>Metric</source>
        <translation>معیار</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>این دوره</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>دوره پیش</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>همه حساب‌ها</translation>
    </message>
    <message>
        <source>Accounts at start</source>
        <translation>حساب‌ها در آغاز</translation>
    </message>
    <message>
        <source>Accounts churned</source>
        <translation>حساب‌های ریزش‌کرده</translation>
    </message>
    <message>
        <source>Logo churn rate</source>
        <translation>نرخ ریزش مشتری</translation>
    </message>
    <message>
        <source>MRR at start</source>
        <translation>درآمد ماهانه در آغاز</translation>
    </message>
    <message>
        <source>Expansion MRR</source>
        <translation>درآمد ماهانه از توسعه</translation>
    </message>
    <message>
        <source>Contraction MRR</source>
        <translation>کاهش درآمد ماهانه</translation>
    </message>
    <message>
        <source>Churned MRR</source>
        <translation>درآمد ماهانه ازدست‌رفته با ریزش</translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation>حفظ درآمد خالص (NRR)</translation>
    </message>
    <message>
        <source>Gross revenue retention</source>
        <translation>حفظ درآمد ناخالص (GRR)</translation>
    </message>
    <message>
        <source>New MRR</source>
        <translation>درآمد ماهانه جدید</translation>
    </message>
    <message>
        <source>MRR at end</source>
        <translation>درآمد ماهانه در پایان</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>مشتریان فعال</translation>
    </message>
    <message>
        <source>Retention cost</source>
        <translation>هزینه نگهداری مشتری</translation>
    </message>
    <message>
        <source>Retention cost per customer</source>
        <translation>هزینه نگهداری هر مشتری</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>هزینه جذب</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>مشتریان جدید</translation>
    </message>
    <message>
        <source>Acquisition cost per new customer</source>
        <translation>هزینه جذب هر مشتری جدید</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>نرخ تبدیل</translation>
    </message>
    <message>
        <source>Went live</source>
        <translation>راه‌اندازی‌شده</translation>
    </message>
    <message>
        <source>Time to value (median)</source>
        <translation>زمان تا ارزش (میانه)</translation>
    </message>
    <message>
        <source>Accounts at end</source>
        <translation>حساب‌ها در پایان</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>پذیرش محصول</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>معرفی‌ها</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>حساب‌ها</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>نامشخص</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>‏%1 روز</translation>
    </message>
</context>
<context>
    <name>karvan::DashboardView</name>
    <message>
        <source>Computing...</source>
        <translation>در حال محاسبه...</translation>
    </message>
    <message>
        <source>Computing the numbers</source>
        <translation>در حال محاسبه ارقام</translation>
    </message>
    <message>
        <source>Portfolio &amp;report…</source>
        <translation>&amp;گزارش سبد مشتریان…</translation>
    </message>
    <message>
        <source>The portfolio report of the period: metrics, stage KPIs, health, accounts at risk, gaps and load; preview, save as PDF or HTML, print</source>
        <translation>گزارش سبد مشتریان در این دوره: معیارها، شاخص‌های کلیدی مراحل، سلامت، حساب‌های در خطر، خلأها و بار کاری؛ پیش‌نمایش، ذخیره به‌صورت PDF یا HTML، چاپ</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>ارقام</translation>
    </message>
    <message>
        <source>Per owner and team</source>
        <translation>به تفکیک مالک و تیم</translation>
    </message>
    <message>
        <source>Stage KPIs</source>
        <translation>شاخص‌های کلیدی مراحل</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>مالکیت</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>نمودارها</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>قواعد</translation>
    </message>
    <message>
        <source>Computing the numbers of %1 to %2...</source>
        <translation>در حال محاسبه ارقام %1 تا %2...</translation>
    </message>
    <message>
        <source>Could not compute the numbers: %1</source>
        <translation>محاسبه ارقام ممکن نشد: %1</translation>
    </message>
    <message>
        <source>%1 to %2 (previous: %3 to %4), computed in %5 ms</source>
        <translation>‏%1 تا %2 (دوره پیش: %3 تا %4)، محاسبه در %5 میلی‌ثانیه</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation>تحویل‌ها</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hand-off quality&lt;/b&gt; per Sales person and per CSM: the hand-offs started in the period; “overdue now” as of today.</source>
        <translation>&lt;b&gt;کیفیت تحویل&lt;/b&gt; برای هر فروشنده و هر مدیر موفقیت مشتری: تحویل‌هایی که در این دوره آغاز شده‌اند؛ «اکنون معوق» تا امروز.</translation>
    </message>
</context>
<context>
    <name>karvan::Database</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: خواندن پرونده ممکن نیست: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the file: %2</source>
        <translation>%1: ساختن پرونده ممکن نیست: %2</translation>
    </message>
    <message>
        <source>%1: cannot copy to %2: %3</source>
        <translation>%1: رونوشت‌برداری در %2 ممکن نیست: %3</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>ساختن پوشهٔ پشتیبان %1 ممکن نیست</translation>
    </message>
    <message>
        <source>cannot name the backup %1</source>
        <translation>نام‌گذاری پشتیبان %1 ممکن نیست</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: چنین پرونده‌ای وجود ندارد</translation>
    </message>
    <message>
        <source>%1: the backup is damaged (%2)</source>
        <translation>%1: پشتیبان آسیب دیده است (%2)</translation>
    </message>
    <message>
        <source>%1: cannot replace the database file</source>
        <translation>%1: جایگزین کردن پروندهٔ پایگاه داده ممکن نیست</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>پایگاه داده باز نیست</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>ساختن پوشهٔ %1 ممکن نیست</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>ساختن پرونده ممکن نیست: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no such database (run &apos;karvan-cli init&apos; to create one)</source>
        <translation>چنین پایگاه داده‌ای وجود ندارد (برای ساختن آن karvan-cli init را اجرا کنید)</translation>
    </message>
    <message>
        <source>is a folder, not a database file</source>
        <translation>یک پوشه است، نه پروندهٔ پایگاه داده</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>خواندن پرونده ممکن نیست: %1</translation>
    </message>
    <message>
        <source>not a Karvan database (not an SQLite file); left unchanged</source>
        <translation>پایگاه دادهٔ کاروان نیست (پروندهٔ SQLite نیست)؛ دست‌نخورده ماند</translation>
    </message>
    <message>
        <source>the database file is read-only; cannot write to it</source>
        <translation>پروندهٔ پایگاه داده فقط‌خواندنی است؛ نوشتن در آن ممکن نیست</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>راه‌انداز SQLite کیوت (QSQLITE) نصب نیست</translation>
    </message>
    <message>
        <source>not a Karvan database (it is empty)</source>
        <translation>پایگاه دادهٔ کاروان نیست (خالی است)</translation>
    </message>
    <message>
        <source>not a Karvan database (an SQLite file of another program); left unchanged</source>
        <translation>پایگاه دادهٔ کاروان نیست (پروندهٔ SQLite برنامه‌ای دیگر است)؛ دست‌نخورده ماند</translation>
    </message>
    <message>
        <source>made by a newer version of Karvan (schema %1; this version knows up to %2); update Karvan to open it</source>
        <translation>با نسخهٔ تازه‌تری از کاروان ساخته شده است (طرح %1؛ این نسخه تا %2 را می‌شناسد)؛ برای باز کردن آن کاروان را به‌روز کنید</translation>
    </message>
    <message>
        <source>made by an older version of Karvan (schema %1); open it for writing once to upgrade it</source>
        <translation>با نسخهٔ قدیمی‌تری از کاروان ساخته شده است (طرح %1)؛ یک بار آن را برای نوشتن باز کنید تا ارتقا یابد</translation>
    </message>
    <message>
        <source>%1: cannot create the backup: %2</source>
        <translation>%1: ساختن پشتیبان ممکن نیست: %2</translation>
    </message>
    <message>
        <source>the database could not be read</source>
        <translation>پایگاه داده خوانده نشد</translation>
    </message>
    <message>
        <source>the database kept changing while it was being read; try again</source>
        <translation>پایگاه داده هنگام خواندن پیوسته تغییر می‌کرد؛ دوباره امتحان کنید</translation>
    </message>
    <message>
        <source>this operation needs an SQLite database</source>
        <translation>این کار به پایگاه دادهٔ SQLite نیاز دارد</translation>
    </message>
</context>
<context>
    <name>karvan::DatabaseProblemDialog</name>
    <message>
        <source>&lt;b&gt;Karvan could not read part of the database %1.&lt;/b&gt;&lt;br&gt;The file is damaged or the disk could not be read, so what you see may be incomplete. Nothing was changed.&lt;br&gt;&lt;br&gt;Check the database to see what is wrong, or go back to a backup: Karvan keeps a copy of each day you open it.</source>
        <translation>&lt;b&gt;کاروان نتوانست بخشی از پایگاه داده %1 را بخواند.&lt;/b&gt;&lt;br&gt;فایل آسیب دیده یا دیسک خوانده نشد، پس آنچه می‌بینید ممکن است کامل نباشد. چیزی تغییر نکرد.&lt;br&gt;&lt;br&gt;پایگاه داده را بررسی کنید تا مشکل را ببینید، یا به یک نسخهٔ پشتیبان برگردید: کاروان از هر روزی که آن را باز می‌کنید یک نسخه نگه می‌دارد.</translation>
    </message>
    <message>
        <source>What went wrong: %1 (%2)</source>
        <translation>چه پیش آمد: %1 (%2)</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>بررسی انجام نشد: %1</translation>
    </message>
    <message>
        <source>The check found no damage in the file. If reading fails again, the disk itself may be failing: copy the database somewhere safe.</source>
        <translation>بررسی آسیبی در فایل پیدا نکرد. اگر خواندن دوباره شکست بخورد، شاید خود دیسک خراب باشد: از پایگاه داده در جای امنی رونوشت بگیرید.</translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s). Restoring a backup is the safe way out.</source>
        <translation>
            <numerusform>بررسی %n مشکل پیدا کرد. بازگرداندن یک نسخهٔ پشتیبان راه امن است.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… و %1 مورد دیگر</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>در حال بررسی پایگاه داده…</translation>
    </message>
</context>
<context>
    <name>karvan::DemoBuilder</name>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>پوشهٔ موقت ساخته نشد: %1</translation>
    </message>
</context>
<context>
    <name>karvan::DuplicatesDialog</name>
    <message>
        <source>Accounts that are probably the same customer: similar names once case, punctuation and legal forms (Ltd, Inc, شرکت) are set aside, or the same domain or tax id. Pick a pair, choose the record to keep, and merge.</source>
        <translation>حساب‌هایی که احتمالاً یک مشتری‌اند: نام‌های مشابه پس از کنار گذاشتن حروف بزرگ و کوچک، نشانه‌گذاری و عنوان‌های حقوقی (Ltd، Inc، شرکت)، یا دامنه یا شناسه مالیاتی یکسان. یک جفت را برگزینید، رکوردی را که می‌ماند انتخاب و ادغام کنید.</translation>
    </message>
    <message>
        <source>Everything of the other record moves to the one kept: interactions, tickets, surveys, costs, goals, contacts, owners and history. Revenue months both have are summed; for usage, fields and stage owners both have, the kept record&apos;s values win and the others are written in a note. Edit &gt; Undo restores both records.</source>
        <translation>همه چیزِ رکورد دیگر به رکورد ماندنی منتقل می‌شود: تعامل‌ها، تیکت‌ها، نظرسنجی‌ها، هزینه‌ها، اهداف، مخاطبان، مالکان و تاریخچه. درآمد ماه‌هایی که هر دو دارند جمع می‌شود؛ برای مصرف، فیلدها و مالکان مراحلی که هر دو دارند، مقدار رکورد ماندنی می‌ماند و بقیه در یک یادداشت نوشته می‌شود. ویرایش &gt; واگرد هر دو رکورد را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation>مورد تکراری احتمالی یافت نشد.</translation>
    </message>
    <message>
        <source>Likely duplicate pairs: %1.</source>
        <translation>جفت‌های احتمالاً تکراری: %1.</translation>
    </message>
    <message>
        <source>%1  %2 (the older record)</source>
        <translation>‏%1  %2 (رکورد قدیمی‌تر)</translation>
    </message>
</context>
<context>
    <name>karvan::ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;خروجی</translation>
    </message>
    <message>
        <source>Writes the same CSV form that Import reads.</source>
        <translation>همان قالب CSV را می‌نویسد که ورود می‌خواند.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>خروجی CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>پرونده‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>پرونده‌ای برای نوشتن انتخاب کنید.</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>‏%1 در %2 نوشته شد</translation>
    </message>
</context>
<context>
    <name>karvan::FirstRunAssistant</name>
    <message>
        <source>Set up Karvan</source>
        <translation>راه‌اندازی کاروان</translation>
    </message>
    <message>
        <source>Choose where the database is.</source>
        <translation>مشخص کنید پایگاه داده کجاست.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation>‏%1 از قبل وجود دارد. نام دیگری برگزینید یا همان را باز کنید.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>پرونده %1 وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>karvan::FirstRunDatabasePage</name>
    <message>
        <source>&amp;Create a new database</source>
        <translation>&amp;ساخت پایگاه داده جدید</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>&amp;Open an existing database</source>
        <translation>&amp;باز کردن پایگاه داده موجود</translation>
    </message>
    <message>
        <source>Your database</source>
        <translation>پایگاه داده شما</translation>
    </message>
    <message>
        <source>Karvan keeps your accounts, people and settings in one database file on this computer. karvan-cli uses the same file unless you tell it otherwise.</source>
        <translation>کاروان حساب‌ها، افراد و تنظیمات شما را در یک پرونده پایگاه داده روی همین رایانه نگه می‌دارد. karvan-cli هم از همین پرونده استفاده می‌کند، مگر اینکه چیز دیگری بگویید.</translation>
    </message>
    <message>
        <source>The database file (.sqlite)</source>
        <translation>پرونده پایگاه داده (.sqlite)</translation>
    </message>
    <message>
        <source>A new, empty database. The next page can fill it with a demo book.</source>
        <translation>یک پایگاه داده جدید و خالی. صفحه بعد می‌تواند آن را با یک دفتر نمونه پر کند.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>پایگاه داده جدید</translation>
    </message>
    <message>
        <source>Karvan databases (*.sqlite)</source>
        <translation>پایگاه‌های داده کاروان (*.sqlite)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>باز کردن پایگاه داده</translation>
    </message>
    <message>
        <source>Karvan databases (*.sqlite *.db);;All files (*)</source>
        <translation>پایگاه‌های داده کاروان (*.sqlite *.db);;همه پرونده‌ها (*)</translation>
    </message>
</context>
<context>
    <name>karvan::FirstRunDemoPage</name>
    <message>
        <source>A demo book to look around</source>
        <translation>یک دفتر نمونه برای آشنایی</translation>
    </message>
    <message>
        <source>The demo book is a made-up company&apos;s customers: accounts at every stage of the journey, the people who own them, and two years of revenue, meetings, tickets and surveys.</source>
        <translation>دفتر نمونه، مشتریان یک شرکت ساختگی است: حساب‌هایی در هر مرحله از سفر مشتری، افرادی که مالک آن‌ها هستند و دو سال درآمد، جلسه، تیکت و نظرسنجی.</translation>
    </message>
    <message>
        <source>Leave it unticked to start with an empty database and import your own CSV files (File &gt; Import).</source>
        <translation>برای شروع با پایگاه داده خالی و وارد کردن پرونده‌های CSV خودتان (پرونده &gt; ورود)، تیک آن را نزنید.</translation>
    </message>
    <message>
        <source>&amp;Load the demo book (%1 accounts) into this database</source>
        <translation>&amp;بارگذاری دفتر نمونه (%1 حساب) در این پایگاه داده</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>۱ حساب</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>‏%1 حساب</translation>
    </message>
    <message>
        <source>The demo book is in: %1.</source>
        <translation>دفتر نمونه بارگذاری شد: %1.</translation>
    </message>
    <message>
        <source>This database already holds %1, so the demo book is not offered.</source>
        <translation>این پایگاه داده از قبل %1 دارد، پس دفتر نمونه پیشنهاد نمی‌شود.</translation>
    </message>
    <message>
        <source>Making the demo book… this takes a moment.</source>
        <translation>در حال ساخت دفتر نمونه… کمی طول می‌کشد.</translation>
    </message>
    <message>
        <source>Stopped before the demo book was in.</source>
        <translation>پیش از بارگذاری کامل دفتر نمونه متوقف شد.</translation>
    </message>
    <message>
        <source>The demo book could not be made: %1</source>
        <translation>ساخت دفتر نمونه ممکن نشد: %1</translation>
    </message>
    <message>
        <source>The demo book is in.</source>
        <translation>دفتر نمونه بارگذاری شد.</translation>
    </message>
</context>
<context>
    <name>karvan::FirstRunFinishPage</name>
    <message>
        <source>&amp;Show me around: a short tour of My day, the book, an account, the hand-offs and the dashboard</source>
        <translation>&amp;راهنمایی کن: گشتی کوتاه در روز من، دفتر، یک حساب، تحویل‌ها و داشبورد</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>آماده</translation>
    </message>
    <message>
        <source>Karvan opens your database when you press Finish.</source>
        <translation>با زدن پایان، کاروان پایگاه داده شما را باز می‌کند.</translation>
    </message>
    <message>
        <source>You can take the tour, or run this assistant again, at any time from the Help menu.</source>
        <translation>هر زمان می‌توانید از منوی راهنما گشت را ببینید یا این دستیار را دوباره اجرا کنید.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>پایگاه داده: %1</translation>
    </message>
    <message>
        <source>No accounts yet: import yours with File &gt; Import.</source>
        <translation>هنوز حسابی نیست: حساب‌هایتان را با پرونده &gt; ورود وارد کنید.</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>۱ حساب</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>‏%1 حساب</translation>
    </message>
    <message>
        <source>You are %1 (%2).</source>
        <translation>شما %1 (%2) هستید.</translation>
    </message>
    <message>
        <source>You have not said who you are yet.</source>
        <translation>هنوز نگفته‌اید چه کسی هستید.</translation>
    </message>
    <message>
        <source>Money is in %1.</source>
        <translation>مبالغ به %1 است.</translation>
    </message>
</context>
<context>
    <name>karvan::FirstRunMePage</name>
    <message>
        <source>I am &amp;one of these people:</source>
        <translation>&amp;یکی از این افراد هستم:</translation>
    </message>
    <message>
        <source>&amp;Add me:</source>
        <translation>&amp;افزودن من:</translation>
    </message>
    <message>
        <source>&amp;Not now (you can choose later in Settings)</source>
        <translation>&amp;فعلاً نه (بعداً در تنظیمات می‌توانید انتخاب کنید)</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>شما چه کسی هستید؟</translation>
    </message>
    <message>
        <source>Karvan shows you the accounts you own in My book and your tasks in My day, and writes your name in the history of what you change.</source>
        <translation>کاروان حساب‌هایی را که مالک آن‌ها هستید در دفتر من و کارهایتان را در روز من نشان می‌دهد و نام شما را در تاریخچه تغییراتتان می‌نویسد.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>نام شما</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;ایمیل:</translation>
    </message>
    <message>
        <source>&amp;Team (your role):</source>
        <translation>&amp;تیم (نقش شما):</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
</context>
<context>
    <name>karvan::FirstRunPreferencesPage</name>
    <message>
        <source>Language and currency</source>
        <translation>زبان و واحد پول</translation>
    </message>
    <message>
        <source>Choose the language of Karvan&apos;s menus and windows, and the currency of the money in this database.</source>
        <translation>زبان منوها و پنجره‌های کاروان و واحد پول مبالغ این پایگاه داده را انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Takes effect the next time Karvan starts.</source>
        <translation>از اجرای بعدی کاروان اعمال می‌شود.</translation>
    </message>
    <message>
        <source>Revenue, costs and reports in this database are in this currency. Amounts are kept as they are; changing the currency later does not convert them.</source>
        <translation>درآمد، هزینه‌ها و گزارش‌های این پایگاه داده با این واحد پول است. مبالغ همان‌طور که هستند نگه داشته می‌شوند؛ تغییر واحد پول در آینده آن‌ها را تبدیل نمی‌کند.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;واحد پول:</translation>
    </message>
</context>
<context>
    <name>karvan::GoalDialog</name>
    <message>
        <source>Add a goal or outcome</source>
        <translation>افزودن هدف یا دستاورد</translation>
    </message>
    <message>
        <source>Goal agreed with the customer</source>
        <translation>هدف توافق‌شده با مشتری</translation>
    </message>
    <message>
        <source>Outcome reached</source>
        <translation>دستاورد حاصل‌شده</translation>
    </message>
</context>
<context>
    <name>karvan::GoalKind</name>
    <message>
        <source>Goal</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>دستاورد</translation>
    </message>
</context>
<context>
    <name>karvan::GoalStatus</name>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>محقق‌شده</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>محقق‌نشده</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>کنار گذاشته‌شده</translation>
    </message>
</context>
<context>
    <name>karvan::GroupPanel</name>
    <message>
        <source>Per owner</source>
        <translation>به تفکیک مالک</translation>
    </message>
    <message>
        <source>Per team</source>
        <translation>به تفکیک تیم</translation>
    </message>
    <message>
        <source>Each account counts for the owner (team) of its stage at the start of the period.</source>
        <translation>هر حساب به نام مالک (تیم) مرحله‌اش در آغاز دوره شمرده می‌شود.</translation>
    </message>
    <message>
        <source>Each stage&apos;s key metrics, counted for the owner (team) of that stage at the moment that counts.</source>
        <translation>معیارهای کلیدی هر مرحله، به نام مالک (تیم) آن مرحله در لحظه‌ای که اهمیت دارد شمرده می‌شود.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
</context>
<context>
    <name>karvan::GuidedTour</name>
    <message>
        <source>My day</source>
        <translation>روز من</translation>
    </message>
    <message>
        <source>Start here each morning. My day lists what needs you: renewals coming up, accounts whose health turned red, customers nobody has talked to for weeks, and hand-offs waiting for you. Mark a task done, snooze it, or open its account.</source>
        <translation>هر صبح از اینجا شروع کنید. روز من آنچه به شما نیاز دارد را فهرست می‌کند: تمدیدهای پیش رو، حساب‌هایی که سلامتشان قرمز شده، مشتریانی که هفته‌هاست کسی با آن‌ها صحبت نکرده و تحویل‌هایی که منتظر شما هستند. کاری را انجام‌شده علامت بزنید، به تعویق بیندازید یا حسابش را باز کنید.</translation>
    </message>
    <message>
        <source>The book</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <source>Every account with its stage, owner, health and revenue. Type in the filter box to find one, and double-click a row to open it. My book shows only the accounts you own.</source>
        <translation>همه حساب‌ها با مرحله، مالک، سلامت و درآمدشان. برای یافتن یک حساب در کادر پالایش بنویسید و برای باز کردنش روی سطر دوبار کلیک کنید. دفتر من فقط حساب‌هایی را نشان می‌دهد که مالک آن‌ها هستید.</translation>
    </message>
    <message>
        <source>An account</source>
        <translation>یک حساب</translation>
    </message>
    <message>
        <source>An account&apos;s workspace: its profile, goals, contacts, the journey with who owns each stage, meetings and calls, tickets, surveys, revenue, health and tasks. Edit in place; Ctrl+Z undoes any change.</source>
        <translation>فضای کار یک حساب: نمایه، اهداف، مخاطبان، سفر مشتری با مالک هر مرحله، جلسه‌ها و تماس‌ها، تیکت‌ها، نظرسنجی‌ها، درآمد، سلامت و کارها. در همان‌جا ویرایش کنید؛ Ctrl+Z هر تغییری را واگرد می‌کند.</translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation>تحویل‌ها</translation>
    </message>
    <message>
        <source>When Sales signs a customer, they hand the account to a Customer Success manager with a checklist. Here you follow each hand-off: who sent it, to whom, and how much of the checklist is done.</source>
        <translation>وقتی فروش با مشتری قرارداد می‌بندد، حساب را با یک چک‌لیست به مدیر موفقیت مشتری تحویل می‌دهد. اینجا هر تحویل را دنبال می‌کنید: چه کسی فرستاده، به چه کسی و چه مقدار از چک‌لیست انجام شده است.</translation>
    </message>
    <message>
        <source>The dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <source>How the whole book is doing: revenue kept and grown, churn, NPS and CSAT, each owner&apos;s and team&apos;s numbers, and who owns which stage of which account. Pick the months at the top.</source>
        <translation>وضع کل دفتر: درآمد حفظ‌شده و رشدیافته، ریزش، NPS و CSAT، ارقام هر مالک و تیم و اینکه چه کسی مالک کدام مرحله از کدام حساب است. ماه‌ها را در بالا انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>karvan::HandoffDialog</name>
    <message>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>مورد</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Ticked by</source>
        <translation>تیک‌زده توسط</translation>
    </message>
    <message>
        <source>Hand-off of %1</source>
        <translation>تحویل %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>Submitted, waiting for the CSM</source>
        <translation>ارسال‌شده، در انتظار CSM</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>پذیرفته‌شده</translation>
    </message>
    <message>
        <source>Returned to Sales</source>
        <translation>برگشت‌خورده به فروش</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): from &lt;b&gt;%3&lt;/b&gt; (Sales) to &lt;b&gt;%4&lt;/b&gt; (CSM).&lt;br&gt;State: &lt;b&gt;%5&lt;/b&gt;%6. Started %7.</source>
        <translation>&lt;b&gt;‏%1&lt;/b&gt; (%2): از &lt;b&gt;%3&lt;/b&gt; (فروش) به &lt;b&gt;%4&lt;/b&gt; (CSM).&lt;br&gt;وضعیت: &lt;b&gt;%5&lt;/b&gt;%6. آغاز: %7.</translation>
    </message>
    <message>
        <source>, &lt;span style=&apos;color:#b3261e&apos;&gt;overdue&lt;/span&gt;</source>
        <translation>، &lt;span style=&apos;color:#b3261e&apos;&gt;معوق&lt;/span&gt;</translation>
    </message>
    <message>
        <source> Submitted %1.</source>
        <translation> ارسال: %1.</translation>
    </message>
    <message>
        <source> Decided %1.</source>
        <translation> تصمیم: %1.</translation>
    </message>
    <message>
        <source>Returned by the CSM: %1</source>
        <translation>برگشت‌خورده توسط CSM: %1</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (الزامی)</translation>
    </message>
    <message>
        <source>Every required item is done: it can be submitted.</source>
        <translation>همه موارد الزامی انجام شده است: می‌توان آن را ارسال کرد.</translation>
    </message>
    <message>
        <source>Missing before it can be submitted: %1</source>
        <translation>پیش از ارسال کم است: %1</translation>
    </message>
    <message>
        <source>started</source>
        <translation>آغاز کرد</translation>
    </message>
    <message>
        <source>ticked an item</source>
        <translation>یک مورد را تیک زد</translation>
    </message>
    <message>
        <source>unticked an item</source>
        <translation>تیک یک مورد را برداشت</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>ارسال کرد</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>پذیرفت</translation>
    </message>
    <message>
        <source>returned it</source>
        <translation>برگرداند</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>who ticked the item, when</comment>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>karvan::HandoffQualityTable</name>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>آغازشده</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>پذیرفته‌شده</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>برگشت‌خورده</translation>
    </message>
    <message>
        <source>Median days to accept</source>
        <translation>میانه روزها تا پذیرش</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>اکنون معوق</translation>
    </message>
    <message>
        <source>Why returned</source>
        <translation>دلیل برگشت</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>فروش</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
</context>
<context>
    <name>karvan::HandoffService</name>
    <message>
        <source>There is no hand-off %1.</source>
        <translation>تحویل %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Unknown hand-off state &apos;%1&apos; (one of %2).</source>
        <translation>وضعیت تحویل ناشناخته «%1» (یکی از %2).</translation>
    </message>
    <message>
        <source>Nobody is acting: name the person who takes this step.</source>
        <translation>کسی اقدام نمی‌کند: فردی را که این گام را برمی‌دارد نام ببرید.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known person.</source>
        <translation>«%1» فرد شناخته‌شده‌ای نیست.</translation>
    </message>
    <message>
        <source>Hand-off %1 is %2: it cannot be %3.</source>
        <translation>تحویل %1 در وضعیت %2 است: نمی‌توان آن را %3.</translation>
    </message>
    <message>
        <source>Only %1 (%2 of hand-off %3) can take this step, not %4.</source>
        <translation>فقط %1 (%2 تحویل %3) می‌تواند این گام را بردارد، نه %4.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
    <message>
        <source>There is no account &apos;%1&apos;.</source>
        <translation>حساب «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>Account %1 already has an open hand-off (%2, %3).</source>
        <translation>حساب %1 از قبل یک تحویل باز دارد (%2، %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an active person of Customer Success or Account Management.</source>
        <translation>«%1» فرد فعالی از موفقیت مشتری یا مدیریت حساب نیست.</translation>
    </message>
    <message>
        <source>The new hand-off got no id.</source>
        <translation>تحویل جدید شناسه‌ای نگرفت.</translation>
    </message>
    <message>
        <source>the Sales owner</source>
        <translation>مالک فروش</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>ویرایش کرد</translation>
    </message>
    <message>
        <source>Hand-off %1 has no item %2 (items 1 to %3).</source>
        <translation>تحویل %1 مورد %2 ندارد (موارد ۱ تا %3).</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>ارسال کرد</translation>
    </message>
    <message>
        <source>Hand-off %1 cannot be submitted: required items not done: %2.</source>
        <translation>تحویل %1 را نمی‌توان ارسال کرد: موارد الزامی انجام‌نشده: %2.</translation>
    </message>
    <message>
        <source>the named CSM</source>
        <translation>‏CSM نام‌برده</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>پذیرفت</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>برگرداند</translation>
    </message>
    <message>
        <source>Say why hand-off %1 goes back to Sales: the reason is empty.</source>
        <translation>بگویید چرا تحویل %1 به فروش برمی‌گردد: دلیل خالی است.</translation>
    </message>
</context>
<context>
    <name>karvan::HandoffTab</name>
    <message>
        <source>&amp;Start a hand-off...</source>
        <translation>&amp;شروع تحویل...</translation>
    </message>
    <message>
        <source>Open the &amp;hand-off...</source>
        <translation>باز کردن &amp;تحویل...</translation>
    </message>
    <message>
        <source>&lt;p&gt;No hand-off yet. When the contract is signed, Sales hands the customer to a CSM with the checklist: why they bought, success metrics, contract terms, every promise, the stakeholder map, risks, technical scope, kickoff and the 30-day check-in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;هنوز تحویلی نیست. وقتی قرارداد امضا شد، فروش مشتری را با چک‌لیست به CSM تحویل می‌دهد: چرا خرید، معیارهای موفقیت، شرایط قرارداد، همه وعده‌ها، نقشه ذی‌نفعان، ریسک‌ها، دامنه فنی، جلسه آغاز و پیگیری ۳۰ روزه.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>being prepared by Sales</source>
        <translation>در دست آماده‌سازی توسط فروش</translation>
    </message>
    <message>
        <source>waiting for the CSM</source>
        <translation>در انتظار CSM</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>پذیرفت</translation>
    </message>
    <message>
        <source>returned to Sales</source>
        <translation>برگشت‌خورده به فروش</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hand-off from %1 to %2: %3&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;تحویل از %1 به %2: %3&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Started %1</source>
        <translation>&lt;p&gt;آغاز: %1</translation>
    </message>
    <message>
        <source>, submitted %1</source>
        <translation>، ارسال: %1</translation>
    </message>
    <message>
        <source>, decided %1</source>
        <translation>، تصمیم: %1</translation>
    </message>
    <message>
        <source> &lt;i&gt;(open)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(باز)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;no note&lt;/i&gt;</source>
        <translation>&lt;i&gt;بدون یادداشت&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>karvan::HandoffsView</name>
    <message>
        <source>&amp;Start a hand-off...</source>
        <translation>&amp;شروع تحویل...</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>در انتظار من</translation>
    </message>
    <message>
        <source>Started by me</source>
        <translation>آغازشده توسط من</translation>
    </message>
    <message>
        <source>All, overdue first</source>
        <translation>همه، معوق‌ها اول</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;نمایش:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>فروش</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>چک‌لیست</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>پذیرفته‌شده</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>برگشت‌خورده</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hand-offs&lt;/b&gt;</source>
        <translation>&lt;b&gt;تحویل‌ها&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hand-off quality&lt;/b&gt; (per Sales person and per CSM)</source>
        <translation>&lt;b&gt;کیفیت تحویل&lt;/b&gt; (به تفکیک فروشنده و CSM)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>, overdue</source>
        <translation>، معوق</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>‏%1 از %2</translation>
    </message>
    <message>
        <source>Nothing is waiting for you.</source>
        <translation>چیزی در انتظار شما نیست.</translation>
    </message>
    <message>
        <source>You have not started a hand-off. When a contract is signed, start one to hand the customer to a CSM.</source>
        <translation>شما تحویلی آغاز نکرده‌اید. وقتی قراردادی امضا شد، یک تحویل آغاز کنید تا مشتری را به CSM بسپارید.</translation>
    </message>
    <message>
        <source>No hand-offs yet. When Sales signs a contract, they hand the customer to a CSM with the checklist.</source>
        <translation>هنوز تحویلی نیست. وقتی فروش قراردادی می‌بندد، مشتری را با چک‌لیست به CSM تحویل می‌دهد.</translation>
    </message>
</context>
<context>
    <name>karvan::HealthService</name>
    <message>
        <source>no account with the internal id %1</source>
        <translation>حسابی با شناسهٔ درونی %1 وجود ندارد</translation>
    </message>
    <message>
        <source>no such health override (%1)</source>
        <translation>چنین تعیین دستی سلامتی وجود ندارد (%1)</translation>
    </message>
</context>
<context>
    <name>karvan::HistoryPanel</name>
    <message>
        <source>any day</source>
        <translation>هر روز</translation>
    </message>
    <message>
        <source>today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Account id, e.g. ACC-000123</source>
        <translation>شناسهٔ حساب، مثلاً ACC-000123</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;حساب:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;چه کسی:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;از:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;تا:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>The newest %1 changes; narrow the filters to see older ones.</source>
        <translation>%1 تغییر تازه؛ برای دیدن تغییرهای قدیمی‌تر فیلترها را محدودتر کنید.</translation>
    </message>
    <message>
        <source>No changes match these filters.</source>
        <translation>هیچ تغییری با این فیلترها پیدا نشد.</translation>
    </message>
    <message>
        <source>%1 changes, newest first.</source>
        <translation>%1 تغییر، تازه‌ترین در ابتدا.</translation>
    </message>
</context>
<context>
    <name>karvan::ImportDialog</name>
    <message>
        <source>Validate the whole file without writing anything</source>
        <translation>بررسی کل پرونده بدون نوشتن چیزی</translation>
    </message>
    <message>
        <source>Load the file: all or nothing</source>
        <translation>بارگذاری پرونده: همه یا هیچ</translation>
    </message>
    <message>
        <source>Choose the kind and the file, then Check. Nothing is written until you Import; an import is all or nothing and cannot be undone.</source>
        <translation>نوع و پرونده را انتخاب کنید، سپس بررسی را بزنید. تا ورود را نزنید چیزی نوشته نمی‌شود؛ ورود همه یا هیچ است و واگرد نمی‌شود.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>ورود CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>پرونده‌های CSV (*.csv);;همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>Preview of the first rows (%1). Check validates the whole file.</source>
        <translation>پیش‌نمایش سطرهای نخست (%1). بررسی کل پرونده را می‌سنجد.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>پرونده خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>در حال بررسی %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>در حال ورود %1…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>لغو شد: چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>Problems found: %1. Nothing was written; fix the file and check again.</source>
        <translation>مشکلات یافت‌شده: %1. چیزی نوشته نشد؛ پرونده را اصلاح و دوباره بررسی کنید.</translation>
    </message>
    <message>
        <source>No problems found (%1). Import to load it.</source>
        <translation>مشکلی یافت نشد (%1). برای بارگذاری، ورود را بزنید.</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>وارد شد: %1.</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>‏%1 وارد شد: %2</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>مشکلات</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>مشکلات (%1)</translation>
    </message>
    <message>
        <source>Copied to the clipboard: %1 problems.</source>
        <translation>در حافظه موقت رونوشت شد: %1 مشکل.</translation>
    </message>
</context>
<context>
    <name>karvan::InteractionDialog</name>
    <message>
        <source>Log an interaction</source>
        <translation>ثبت تعامل</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>‏(هیچ‌کس)</translation>
    </message>
</context>
<context>
    <name>karvan::InteractionKind</name>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>تماس تلفنی</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>پیگیری دوره‌ای</translation>
    </message>
    <message>
        <source>QBR</source>
        <translation>بازبینی فصلی (QBR)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>معرفی</translation>
    </message>
</context>
<context>
    <name>karvan::JourneyStrip</name>
    <message>
        <source>%1 (current)</source>
        <translation>‏%1 (فعلی)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation>‏%1 (الگو)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>همراه: %1</translation>
    </message>
    <message>
        <source>With: %1 (template)</source>
        <translation>همراه: %1 (الگو)</translation>
    </message>
    <message>
        <source>Click to change the owner of %1; right-click for more</source>
        <translation>برای تغییر مالک %1 کلیک کنید؛ برای گزینه‌های بیشتر کلیک راست کنید</translation>
    </message>
    <message>
        <source>Change owner…</source>
        <translation>تغییر مالک…</translation>
    </message>
    <message>
        <source>Move the account to this stage</source>
        <translation>انتقال حساب به این مرحله</translation>
    </message>
    <message>
        <source>Reset to template</source>
        <translation>بازگشت به الگو</translation>
    </message>
</context>
<context>
    <name>karvan::JourneyTab</name>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>تغییر توسط</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>پشتیبان</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>تاریخچه مراحل</translation>
    </message>
    <message>
        <source>Ownership history</source>
        <translation>تاریخچه مالکیت</translation>
    </message>
    <message>
        <source>now</source>
        <translation>اکنون</translation>
    </message>
    <message>
        <source>(team)</source>
        <translation>‏(تیم)</translation>
    </message>
</context>
<context>
    <name>karvan::KpiPanel</name>
    <message>
        <source>&lt;b&gt;The portfolio&lt;/b&gt;, this period beside the previous one</source>
        <translation>&lt;b&gt;سبد مشتریان&lt;/b&gt;، این دوره در کنار دوره پیش</translation>
    </message>
    <message>
        <source>&lt;b&gt;The portfolio&lt;/b&gt;, %1 to %2 beside %3 to %4</source>
        <translation>&lt;b&gt;سبد مشتریان&lt;/b&gt;، %1 تا %2 در کنار %3 تا %4</translation>
    </message>
    <message>
        <source>Keeping a customer cost %1 this period; winning a new one cost %2 (acquiring usually costs 5 to 25 times as much as keeping).</source>
        <translation>نگه‌داشتن هر مشتری در این دوره %1 هزینه داشت؛ به دست آوردن هر مشتری جدید %2 (جذب معمولاً ۵ تا ۲۵ برابر نگه‌داشتن هزینه دارد).</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>نامشخص</translation>
    </message>
    <message>
        <source>&lt;b&gt;Health now&lt;/b&gt; (accounts per band): %1</source>
        <translation>&lt;b&gt;سلامت اکنون&lt;/b&gt; (حساب‌ها در هر وضعیت): %1</translation>
    </message>
</context>
<context>
    <name>karvan::MainWindow</name>
    <message>
        <source>Demo database ready: %1</source>
        <translation>پایگاه داده نمونه آماده است: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;جلو</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>باز کردن پایگاه داده ممکن نیست</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>‏%1 باز شد</translation>
    </message>
    <message>
        <source>Karvan</source>
        <translation>کاروان</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>پایگاه داده‌ای باز نیست</translation>
    </message>
    <message>
        <source>%1 – Karvan</source>
        <translation>‏%1 – کاروان</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>پرونده پایگاه داده</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>۱ حساب</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>‏%1 حساب</translation>
    </message>
    <message>
        <source>(%1 active)</source>
        <translation>‏(%1 فعال)</translation>
    </message>
    <message>
        <source>Who am I? (Settings)</source>
        <translation>من چه کسی هستم؟ (تنظیمات)</translation>
    </message>
    <message>
        <source>Me: %1</source>
        <translation>من: %1</translation>
    </message>
    <message>
        <source>Could not remember who you are in this database: %1</source>
        <translation>به خاطر سپردن هویت شما در این پایگاه داده ممکن نشد: %1</translation>
    </message>
    <message>
        <source>Please wait: the demo database is being made.</source>
        <translation>لطفاً صبر کنید: پایگاه داده نمونه در حال ساخت است.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>پایگاه داده جدید</translation>
    </message>
    <message>
        <source>Karvan databases (*.sqlite)</source>
        <translation>پایگاه‌های داده کاروان (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or open it.</source>
        <translation>‏%1 از قبل وجود دارد؛ نام دیگری برگزینید یا آن را باز کنید.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>باز کردن پایگاه داده</translation>
    </message>
    <message>
        <source>Karvan databases (*.sqlite *.db);;All files (*)</source>
        <translation>پایگاه‌های داده کاروان (*.sqlite *.db);;همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Making a demo book of %1 accounts…</source>
        <translation>در حال ساخت دفتر نمونه با %1 حساب…</translation>
    </message>
    <message>
        <source>Take the &amp;tour</source>
        <translation>&amp;گشت در برنامه</translation>
    </message>
    <message>
        <source>&amp;Set up Karvan…</source>
        <translation>&amp;راه‌اندازی کاروان…</translation>
    </message>
    <message>
        <source>The first-run assistant: database, demo book, who you are, language and currency</source>
        <translation>دستیار اجرای نخست: پایگاه داده، دفتر نمونه، هویت شما، زبان و واحد پول</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>بازگرداندن از نسخهٔ &amp;پشتیبان…</translation>
    </message>
    <message>
        <source>Go back to one of the daily copies of the database</source>
        <translation>بازگشت به یکی از نسخه‌های روزانهٔ پایگاه داده</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>بازگرداندن از نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Open a database first: its backups are listed here.</source>
        <translation>اول یک پایگاه داده باز کنید: نسخه‌های پشتیبان آن اینجا فهرست می‌شوند.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>بازگرداندن نسخهٔ پشتیبان ممکن نیست</translation>
    </message>
    <message>
        <source>%1

The database was not changed.</source>
        <translation>%1

پایگاه داده تغییری نکرد.</translation>
    </message>
    <message>
        <source>Restored the backup</source>
        <translation>نسخهٔ پشتیبان بازگردانده شد</translation>
    </message>
    <message>
        <source>Restored the backup; the database as it was is kept as %1</source>
        <translation>نسخهٔ پشتیبان بازگردانده شد؛ پایگاه داده به شکل پیشین با نام %1 نگه داشته شد</translation>
    </message>
</context>
<context>
    <name>karvan::MatrixFilterBar</name>
    <message>
        <source>S&amp;tage:</source>
        <translation>&amp;مرحله:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>&amp;تیم:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>&amp;بخش بازار:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>م&amp;دل:</translation>
    </message>
    <message>
        <source>&amp;Band:</source>
        <translation>&amp;وضعیت سلامت:</translation>
    </message>
    <message>
        <source>Accounts where this team owns or supports a stage (the chosen stage, or any)</source>
        <translation>حساب‌هایی که این تیم مالک یا پشتیبان یکی از مرحله‌های آن‌هاست (مرحله انتخاب‌شده، یا هر مرحله)</translation>
    </message>
    <message>
        <source>Accounts where this person is the named owner of a stage (the chosen stage, or any)</source>
        <translation>حساب‌هایی که این فرد مالک نام‌برده یکی از مرحله‌های آن‌هاست (مرحله انتخاب‌شده، یا هر مرحله)</translation>
    </message>
    <message>
        <source>Accounts at this stage now</source>
        <translation>حساب‌هایی که اکنون در این مرحله‌اند</translation>
    </message>
    <message>
        <source>The band the book shows now</source>
        <translation>وضعیت سلامتی که فهرست حساب‌ها اکنون نشان می‌دهد</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>همه مرحله‌ها</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>همه مدل‌ها</translation>
    </message>
    <message>
        <source>All bands</source>
        <translation>همه وضعیت‌ها</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>نمایش همه</translation>
    </message>
    <message>
        <source>Clear every filter of the matrix</source>
        <translation>پاک کردن همه پالایه‌های ماتریس</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>همه تیم‌ها</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>همه مالکان</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>‏%1 (غیرفعال)</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>همه بخش‌های بازار</translation>
    </message>
    <message>
        <source>%1 of %2 accounts</source>
        <translation>‏%1 از %2 حساب</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>مال&amp;ک:</translation>
    </message>
</context>
<context>
    <name>karvan::MyDayView</name>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;انجام شد</translation>
    </message>
    <message>
        <source>D&amp;ismiss…</source>
        <translation>&amp;کنار گذاشتن…</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>&amp;تعویق…</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>&amp;باز کردن حساب</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>روز من</translation>
    </message>
    <message>
        <source>Whose tasks: yours, another person&apos;s or a team&apos;s</source>
        <translation>کارهای چه کسی: شما، فردی دیگر یا یک تیم</translation>
    </message>
    <message>
        <source>When due</source>
        <translation>زمان سررسید</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>قاعده</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تازه‌سازی</translation>
    </message>
    <message>
        <source>Look for new signals (renewals, red health, silence, escalations, hand-offs, goals)</source>
        <translation>جست‌وجوی هشدارهای تازه (تمدیدها، سلامت قرمز، بی‌تماسی، ارجاع‌ها، تحویل‌ها، اهداف)</translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation>&amp;متعلق به:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;گروه‌بندی بر اساس:</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>چرا</translation>
    </message>
    <message>
        <source>Mark the selected task done (Ctrl+Z undoes it)</source>
        <translation>علامت‌گذاری کار انتخاب‌شده به‌عنوان انجام‌شده (Ctrl+Z آن را واگرد می‌کند)</translation>
    </message>
    <message>
        <source>Dismiss the selected task with a reason; the rule will not raise it again</source>
        <translation>کنار گذاشتن کار انتخاب‌شده با ذکر دلیل؛ قاعده آن را دوباره نمی‌سازد</translation>
    </message>
    <message>
        <source>Move the selected task to a later date</source>
        <translation>انتقال کار انتخاب‌شده به تاریخی دیرتر</translation>
    </message>
    <message>
        <source>Could not look for new signals: %1</source>
        <translation>جست‌وجوی هشدارهای تازه ممکن نشد: %1</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>من (%1)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>تیم: %1</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>بعداً</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>معوق</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>این هفته</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
    <message>
        <source>Nothing to do: no open task.</source>
        <translation>کاری نیست: هیچ کار بازی وجود ندارد.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>انجام شد: %1</translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>کنار گذاشته شد: %1</translation>
    </message>
    <message>
        <source>Snoozed to %1: %2</source>
        <translation>تا %1 به تعویق افتاد: %2</translation>
    </message>
    <message>
        <source>Dismiss a task</source>
        <translation>کنار گذاشتن کار</translation>
    </message>
    <message>
        <source>Why is &quot;%1&quot; not needed?</source>
        <translation>چرا «%1» لازم نیست؟</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open task(s), %1 due today or earlier</source>
        <translation>
            <numerusform>‏%Ln کار باز، %1 با سررسید امروز یا پیش‌تر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>karvan::NavigationPane</name>
    <message>
        <source>My day</source>
        <translation>روز من</translation>
    </message>
    <message>
        <source>Your open tasks: what is overdue, due today, this week, later</source>
        <translation>کارهای باز شما: معوق، امروز، این هفته، بعداً</translation>
    </message>
    <message>
        <source>My book</source>
        <translation>دفتر من</translation>
    </message>
    <message>
        <source>The accounts you own at their current stage (Ctrl+1)</source>
        <translation>حساب‌هایی که در مرحله فعلی‌شان مالک آن‌ها هستید (Ctrl+1)</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>همه حساب‌ها</translation>
    </message>
    <message>
        <source>Every account (Ctrl+2)</source>
        <translation>همه حساب‌ها (Ctrl+2)</translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation>تحویل‌ها</translation>
    </message>
    <message>
        <source>Sales-to-CSM hand-offs (Ctrl+3)</source>
        <translation>تحویل‌های فروش به CSM (Ctrl+3)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <source>The ownership matrix, gaps and load per owner (Ctrl+4)</source>
        <translation>ماتریس مالکیت، خلأها و بار کاری هر مالک (Ctrl+4)</translation>
    </message>
    <message>
        <source>People &amp; teams</source>
        <translation>افراد و تیم‌ها</translation>
    </message>
    <message>
        <source>People, teams and the ownership template (Ctrl+5)</source>
        <translation>افراد، تیم‌ها و الگوی مالکیت (Ctrl+5)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Who am I, and the health scorecard (Ctrl+6)</source>
        <translation>من چه کسی هستم، و کارت امتیاز سلامت (Ctrl+6)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>پیمایش</translation>
    </message>
</context>
<context>
    <name>karvan::NewAccountCommand</name>
    <message>
        <source>New account %1</source>
        <translation>حساب جدید %1</translation>
    </message>
</context>
<context>
    <name>karvan::NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>حساب جدید</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>سازمانی</translation>
    </message>
    <message>
        <source>mid-market</source>
        <translation>بازار میانی</translation>
    </message>
    <message>
        <source>smb</source>
        <translation>کسب‌وکار کوچک</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>‏(تعیین‌نشده)</translation>
    </message>
    <message>
        <source>B2B</source>
        <translation>B2B</translation>
    </message>
    <message>
        <source>B2C</source>
        <translation>B2C</translation>
    </message>
    <message>
        <source>It starts in acquisition. Choose who you are in Settings to own it.</source>
        <translation>در مرحله جذب آغاز می‌شود. برای مالک شدنش، در تنظیمات مشخص کنید چه کسی هستید.</translation>
    </message>
    <message>
        <source>It starts in acquisition, owned by you (%1).</source>
        <translation>در مرحله جذب آغاز می‌شود و مالکش شما هستید (%1).</translation>
    </message>
    <message>
        <source>The MRR is not an amount: %1.</source>
        <translation>درآمد ماهانه مبلغ معتبری نیست: %1.</translation>
    </message>
</context>
<context>
    <name>karvan::OverrideDialog</name>
    <message>
        <source>Override the health band</source>
        <translation>تعیین دستی وضعیت سلامت</translation>
    </message>
    <message>
        <source>The scorecard says: %1. The band you set is shown instead until its end date; both stay visible.</source>
        <translation>کارت امتیاز می‌گوید: %1. وضعیتی که تعیین می‌کنید تا تاریخ پایانش به جای آن نشان داده می‌شود؛ هر دو دیده می‌شوند.</translation>
    </message>
</context>
<context>
    <name>karvan::OwnerDialog</name>
    <message>
        <source>Owner of %1</source>
        <translation>مالک %1</translation>
    </message>
    <message>
        <source>(no person: the team owns it)</source>
        <translation>‏(بدون فرد: تیم مالک است)</translation>
    </message>
    <message>
        <source>(the person&apos;s team)</source>
        <translation>‏(تیم آن فرد)</translation>
    </message>
    <message>
        <source>Template: %1, supported by %2.</source>
        <translation>الگو: %1، با پشتیبانی %2.</translation>
    </message>
</context>
<context>
    <name>karvan::OwnershipGapsModel</name>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>%1 (ahead)</source>
        <translation>‏%1 (پیش رو)</translation>
    </message>
</context>
<context>
    <name>karvan::OwnershipMatrixModel</name>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>%1 (churned)</source>
        <translation>‏%1 (ریزش‌کرده)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>‏%1 (غیرفعال)</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>بدون مالک</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>تیم: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Supporting: %1</source>
        <translation>پشتیبان: %1</translation>
    </message>
    <message>
        <source>From the template</source>
        <translation>از الگو</translation>
    </message>
    <message>
        <source>Set for this account</source>
        <translation>تعیین‌شده برای این حساب</translation>
    </message>
    <message>
        <source>Gap at the current stage</source>
        <translation>خلأ در مرحله فعلی</translation>
    </message>
</context>
<context>
    <name>karvan::OwnershipPanel</name>
    <message>
        <source>no owner named</source>
        <translation>مالکی نام برده نشده</translation>
    </message>
    <message>
        <source>inactive owner</source>
        <translation>مالک غیرفعال</translation>
    </message>
    <message>
        <source>no active member in a supporting team</source>
        <translation>عضو فعالی در یک تیم پشتیبان نیست</translation>
    </message>
    <message>
        <source>no owning team</source>
        <translation>بدون تیم مالک</translation>
    </message>
    <message>
        <source>no active member in the owning team</source>
        <translation>عضو فعالی در تیم مالک نیست</translation>
    </message>
    <message>
        <source>hand-off overdue, waiting for</source>
        <translation>تحویل معوق، در انتظار</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>حساب‌ها</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>درآمد ماهانه</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>قرمز</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gaps&lt;/b&gt; at each account&apos;s current stage and the stages ahead</source>
        <translation>&lt;b&gt;خلأها&lt;/b&gt; در مرحله فعلی هر حساب و مرحله‌های پیش رو</translation>
    </message>
    <message>
        <source>&lt;b&gt;Load&lt;/b&gt; per owner (current stages)</source>
        <translation>&lt;b&gt;بار کاری&lt;/b&gt; هر مالک (مراحل فعلی)</translation>
    </message>
    <message>
        <source>An owner with more active accounts than this is marked as overloaded</source>
        <translation>مالکی که حساب‌های فعالش از این بیشتر باشد پرکار علامت می‌خورد</translation>
    </message>
    <message>
        <source>&amp;Warn above:</source>
        <translation>&amp;هشدار بالای:</translation>
    </message>
    <message>
        <source> accounts</source>
        <translation> حساب</translation>
    </message>
    <message>
        <source>Warn above %1 accounts per owner</source>
        <translation>هشدار بالای %1 حساب برای هر مالک</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>‏%1 (غیرفعال)</translation>
    </message>
    <message>
        <source>%1 ⚠ over %2</source>
        <translation>‏%1 ⚠ بیش از %2</translation>
    </message>
    <message>
        <source>More active accounts than the book size of %1</source>
        <translation>حساب‌های فعال بیش از اندازه دفتر %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ownership matrix&lt;/b&gt; · accounts: %1 · gaps: %2 at current stages, %3 at stages ahead · owners: %4, overloaded: %5. Bold: the account&apos;s current stage; (team): no person named, the template&apos;s team applies; red: a gap.</source>
        <translation>&lt;b&gt;ماتریس مالکیت&lt;/b&gt; · حساب‌ها: %1 · خلأها: %2 در مراحل فعلی، %3 در مراحل پیش رو · مالکان: %4، پرکار: %5. پررنگ: مرحله فعلی حساب؛ (تیم): فردی نام برده نشده و تیم الگو اعمال می‌شود؛ قرمز: یک خلأ.</translation>
    </message>
    <message>
        <source>Accounts × stages</source>
        <translation>حساب‌ها × مرحله‌ها</translation>
    </message>
    <message>
        <source>Teams × stages</source>
        <translation>تیم‌ها × مرحله‌ها</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>&amp;واگذاری دوباره…</translation>
    </message>
    <message>
        <source>Hand every stage the chosen owner holds on active accounts to someone else (undoable)</source>
        <translation>همهٔ مرحله‌هایی که مالک انتخاب‌شده در حساب‌های فعال دارد به فرد دیگری سپرده شود (برگشت‌پذیر)</translation>
    </message>
    <message>
        <source>Reassign %1&apos;s accounts to %2</source>
        <translation>واگذاری حساب‌های %1 به %2</translation>
    </message>
    <message>
        <source>%1 stages moved from %2 to %3 (Edit &gt; Undo puts them back)</source>
        <translation>%1 مرحله از %2 به %3 منتقل شد (ویرایش &gt; واگرد آن‌ها را برمی‌گرداند)</translation>
    </message>
    <message>
        <source>Reassign accounts</source>
        <translation>واگذاری دوبارهٔ حساب‌ها</translation>
    </message>
    <message>
        <source>Give every stage %1 owns on active accounts (the current stage and the ones ahead) to:</source>
        <translation>همهٔ مرحله‌هایی که %1 در حساب‌های فعال مالک آن است (مرحلهٔ فعلی و مرحله‌های پیش رو) سپرده شود به:</translation>
    </message>
    <message>
        <source>Reading the ownership of every account…</source>
        <translation>در حال خواندن مالکیت همه حساب‌ها…</translation>
    </message>
</context>
<context>
    <name>karvan::PeopleModel</name>
    <message>
        <source>Inactive: the accounts %1 owns show as gaps in the dashboard.</source>
        <translation>غیرفعال: حساب‌هایی که %1 مالک آن‌هاست در داشبورد به‌صورت خلأ دیده می‌شوند.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Accounts owned</source>
        <translation>حساب‌های در مالکیت</translation>
    </message>
</context>
<context>
    <name>karvan::PeopleStore</name>
    <message>
        <source>This person no longer exists.</source>
        <translation>این فرد دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>This team no longer exists.</source>
        <translation>این تیم دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The key of a built-in team cannot change (CSV files use it).</source>
        <translation>کلید یک تیم پیش‌فرض را نمی‌توان تغییر داد (پرونده‌های CSV از آن استفاده می‌کنند).</translation>
    </message>
</context>
<context>
    <name>karvan::PeopleView</name>
    <message>
        <source>Deactivate people who leave: their history stays, and the accounts they own show as gaps in the dashboard until someone takes them over.</source>
        <translation>افرادی را که می‌روند غیرفعال کنید: تاریخچه‌شان می‌ماند و حساب‌هایی که مالکشان هستند تا کسی آن‌ها را بر عهده بگیرد، در داشبورد به‌صورت خلأ دیده می‌شوند.</translation>
    </message>
    <message>
        <source>CSV files refer to the team by this key: lower-case letters, digits and _.</source>
        <translation>پرونده‌های CSV با این کلید به تیم اشاره می‌کنند: حروف کوچک لاتین، رقم و _.</translation>
    </message>
    <message>
        <source>&amp;Deactivate %1</source>
        <translation>&amp;غیرفعال کردن %1</translation>
    </message>
    <message>
        <source>Re&amp;activate %1</source>
        <translation>&amp;فعال‌سازی دوباره %1</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>‏%1 افزوده شد</translation>
    </message>
    <message>
        <source>%1 is active again</source>
        <translation>‏%1 دوباره فعال است</translation>
    </message>
    <message>
        <source>%1 deactivated; accounts they own now show as gaps: %2</source>
        <translation>‏%1 غیرفعال شد؛ حساب‌هایی که مالکشان است اکنون به‌صورت خلأ دیده می‌شوند: %2</translation>
    </message>
    <message>
        <source>Added team %1</source>
        <translation>تیم %1 افزوده شد</translation>
    </message>
</context>
<context>
    <name>karvan::PeriodSelector</name>
    <message>
        <source>Last 12 months</source>
        <translation>۱۲ ماه گذشته</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>۶ ماه گذشته</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>۳ ماه گذشته</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>از آغاز سال تاکنون</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>دلخواه</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>دوره:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>از</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>ماه نخست</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>ماه آخر</translation>
    </message>
</context>
<context>
    <name>karvan::ProfileTab</name>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>‏(هیچ)</translation>
    </message>
    <message>
        <source>B2B</source>
        <translation>B2B</translation>
    </message>
    <message>
        <source>B2C</source>
        <translation>B2C</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>ریزش‌کرده</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>نمایه</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;صنعت:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;بخش بازار:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;مدل:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;وضعیت:</translation>
    </message>
    <message>
        <source>&amp;Contract start:</source>
        <translation>&amp;شروع قرارداد:</translation>
    </message>
    <message>
        <source>&amp;Renewal:</source>
        <translation>&amp;تمدید:</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
    <message>
        <source>Add field…</source>
        <translation>افزودن فیلد…</translation>
    </message>
    <message>
        <source>name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>بخش بازار</translation>
    </message>
    <message>
        <source>model</source>
        <translation>مدل</translation>
    </message>
    <message>
        <source>status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>contract start</source>
        <translation>شروع قرارداد</translation>
    </message>
    <message>
        <source>renewal date</source>
        <translation>تاریخ تمدید</translation>
    </message>
    <message>
        <source>Add a custom field</source>
        <translation>افزودن فیلد سفارشی</translation>
    </message>
    <message>
        <source>Name of the new field (every account gets it):</source>
        <translation>نام فیلد جدید (همه حساب‌ها آن را خواهند داشت):</translation>
    </message>
</context>
<context>
    <name>karvan::ReportDialog</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>به چاپگر فرستاده شد.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>‏%1 ذخیره شد</translation>
    </message>
    <message>
        <source>Every team</source>
        <translation>همه تیم‌ها</translation>
    </message>
    <message>
        <source>Every owner</source>
        <translation>همه مالکان</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>در حال ساخت گزارش…</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>ساخت گزارش ممکن نشد: %1</translation>
    </message>
    <message>
        <source>1 page of %1</source>
        <translation>۱ صفحه %1</translation>
    </message>
    <message>
        <source>%1 pages of %2</source>
        <translation>‏%1 صفحه %2</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>در حال ذخیره %1…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>ذخیره به‌صورت PDF</translation>
    </message>
    <message>
        <source>Save as HTML</source>
        <translation>ذخیره به‌صورت HTML</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>پرونده‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>پرونده‌های HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>در حال چاپ…</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>نوشتن %1 ممکن نشد: %2</translation>
    </message>
</context>
<context>
    <name>karvan::ReportPreview</name>
    <message>
        <source>Preview of the report&apos;s pages</source>
        <translation>پیش‌نمایش صفحه‌های گزارش</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحه %1 از %2</translation>
    </message>
</context>
<context>
    <name>karvan::RestoreBackupDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;بازگرداندن…</translation>
    </message>
    <message>
        <source>There is no backup of %1 yet. Karvan copies a database once a day when it opens it.</source>
        <translation>هنوز نسخهٔ پشتیبانی از %1 نیست. کاروان روزی یک بار، هنگام باز کردن پایگاه داده، از آن رونوشت می‌گیرد.</translation>
    </message>
    <message>
        <source>Choose the copy of %1 to go back to. Everything changed after it was taken is replaced; the database as it is now is kept as a backup first.</source>
        <translation>نسخه‌ای از %1 را که می‌خواهید به آن برگردید انتخاب کنید. هر تغییری پس از تهیهٔ آن جایگزین می‌شود؛ پایگاه داده به شکل کنونی پیش از آن به‌عنوان نسخهٔ پشتیبان نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Backups are kept in %1</source>
        <translation>نسخه‌های پشتیبان در %1 نگه داشته می‌شوند</translation>
    </message>
    <message>
        <source>Kept before a restore</source>
        <translation>نگه‌داشته پیش از بازگرداندن</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>پشتیبان روزانه</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>این نسخهٔ پشتیبان بازگردانده شود؟</translation>
    </message>
    <message>
        <source>Replace the database with the copy taken %1?</source>
        <translation>پایگاه داده با نسخهٔ تهیه‌شده در %1 جایگزین شود؟</translation>
    </message>
    <message>
        <source>Changes made since then are replaced. The database as it is now is kept as a backup, so you can go back to it from this list.</source>
        <translation>تغییرهای پس از آن زمان جایگزین می‌شوند. پایگاه داده به شکل کنونی به‌عنوان نسخهٔ پشتیبان نگه داشته می‌شود تا بتوانید از همین فهرست به آن برگردید.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;بازگرداندن</translation>
    </message>
</context>
<context>
    <name>karvan::RevenueChart</name>
    <message>
        <source>No revenue recorded</source>
        <translation>درآمدی ثبت نشده است</translation>
    </message>
    <message>
        <source>MRR per month</source>
        <translation>درآمد ماهانه در هر ماه</translation>
    </message>
    <message>
        <source>MRR per month (%1)</source>
        <translation>درآمد ماهانه در هر ماه (%1)</translation>
    </message>
</context>
<context>
    <name>karvan::RowVersion</name>
    <message>
        <source>%1 no longer exists; nothing was saved.</source>
        <translation>%1 دیگر وجود ندارد؛ چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you opened it; nothing was saved. Reload to see the change, then make yours again.</source>
        <translation>%1 پس از آنکه آن را باز کردید، در %3 توسط %2 تغییر کرد؛ چیزی ذخیره نشد. دوباره بارگذاری کنید تا تغییر را ببینید، سپس تغییر خود را دوباره انجام دهید.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>کس دیگری</translation>
    </message>
</context>
<context>
    <name>karvan::RulesPanel</name>
    <message>
        <source>Situation</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Decides</source>
        <translation>تصمیم‌گیرنده</translation>
    </message>
    <message>
        <source>Tells the customer</source>
        <translation>اطلاع‌دهنده به مشتری</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflict-resolution rules&lt;/b&gt;: who decides and who tells the customer when a known situation arises. Edit them in People &amp; teams.</source>
        <translation>&lt;b&gt;قوانین حل تعارض&lt;/b&gt;: وقتی وضعیتی شناخته‌شده پیش می‌آید، چه کسی تصمیم می‌گیرد و چه کسی به مشتری اطلاع می‌دهد. آن‌ها را در افراد و تیم‌ها ویرایش کنید.</translation>
    </message>
</context>
<context>
    <name>karvan::SettingsStore</name>
    <message>
        <source>&apos;%1&apos; is not a currency Karvan knows (%2).</source>
        <translation>«%1» واحد پولی نیست که کاروان بشناسد (%2).</translation>
    </message>
</context>
<context>
    <name>karvan::SettingsView</name>
    <message>
        <source>&amp;Apply scorecard</source>
        <translation>&amp;اعمال کارت امتیاز</translation>
    </message>
    <message>
        <source>Who am I</source>
        <translation>من چه کسی هستم</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>My book lists the accounts this person owns at their current stage; your edits are recorded in the audit log under this person. Kept for this database on this computer.</source>
        <translation>دفتر من حساب‌هایی را فهرست می‌کند که این فرد در مرحله فعلی‌شان مالک آن‌هاست؛ ویرایش‌های شما به نام این فرد در گزارش ممیزی ثبت می‌شود. برای این پایگاه داده روی این رایانه نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Health scorecard</source>
        <translation>کارت امتیاز سلامت</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>سنجه</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>وزن</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>به‌کاررفته</translation>
    </message>
    <message>
        <source>&amp;Yellow from score:</source>
        <translation>&amp;زرد از امتیاز:</translation>
    </message>
    <message>
        <source>&amp;Green from score:</source>
        <translation>&amp;سبز از امتیاز:</translation>
    </message>
    <message>
        <source>&amp;Minimum weight with data:</source>
        <translation>&amp;کمینه وزن دارای داده:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settings&lt;/b&gt;</source>
        <translation>&lt;b&gt;تنظیمات&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nobody chosen as me</source>
        <translation>کسی به‌عنوان من انتخاب نشده است</translation>
    </message>
    <message>
        <source>You are %1</source>
        <translation>شما %1 هستید</translation>
    </message>
    <message>
        <source>Language and calendar</source>
        <translation>زبان و تقویم</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;تقویم:</translation>
    </message>
    <message>
        <source>Kept for you on this computer. Takes effect the next time Karvan starts.</source>
        <translation>برای شما روی همین رایانه نگه داشته می‌شود. از اجرای بعدی کاروان اعمال می‌شود.</translation>
    </message>
    <message>
        <source>Language saved: %1. Restart Karvan to use it.</source>
        <translation>زبان ذخیره شد: %1. برای اعمال آن کاروان را دوباره اجرا کنید.</translation>
    </message>
    <message>
        <source>Calendar saved: %1. Restart Karvan to use it.</source>
        <translation>تقویم ذخیره شد: %1. برای اعمال آن کاروان را دوباره اجرا کنید.</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>‏(انتخاب‌نشده)</translation>
    </message>
    <message>
        <source>Saved. Scores use the new scorecard from now on; Edit &gt; Undo reverts it.</source>
        <translation>ذخیره شد. امتیازها از این پس با کارت امتیاز جدید حساب می‌شوند؛ ویرایش &gt; واگرد آن را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Health scorecard changed</source>
        <translation>کارت امتیاز سلامت تغییر کرد</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>نسخه‌های پشتیبان</translation>
    </message>
    <message>
        <source>&amp;Daily backups to keep:</source>
        <translation>&amp;شمار نسخه‌های روزانه برای نگه‌داشتن:</translation>
    </message>
    <message>
        <source>Each day you open this database, Karvan copies it to %1 and deletes the oldest copies beyond this number. File &gt; Restore from backup… goes back to one of them.</source>
        <translation>هر روز که این پایگاه داده را باز می‌کنید، کاروان از آن در %1 رونوشت می‌گیرد و نسخه‌های قدیمی‌تر از این شمار را پاک می‌کند. پرونده &gt; بازگرداندن از نسخهٔ پشتیبان… به یکی از آن‌ها برمی‌گردد.</translation>
    </message>
    <message numerus="yes">
        <source>Keep %n daily backup(s)</source>
        <translation>
            <numerusform>نگه‌داشتن %n نسخهٔ روزانه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Karvan keeps the newest %n daily backup(s) of this database</source>
        <translation>
            <numerusform>کاروان %n نسخهٔ روزانهٔ تازه‌تر این پایگاه داده را نگه می‌دارد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>karvan::Stage</name>
    <message>
        <source>Acquisition</source>
        <translation>جذب</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>پیاده‌سازی</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>استقرار</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>توسعه</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>تبلیغات</translation>
    </message>
</context>
<context>
    <name>karvan::StageOwnerEditor</name>
    <message>
        <source>Choose someone else to take the accounts over.</source>
        <translation>کس دیگری را برای تحویل گرفتن حساب‌ها انتخاب کنید.</translation>
    </message>
    <message>
        <source>The chosen person no longer exists.</source>
        <translation>فرد انتخاب‌شده دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>%1 is not active and cannot take accounts over.</source>
        <translation>%1 فعال نیست و نمی‌تواند حساب‌ها را تحویل بگیرد.</translation>
    </message>
</context>
<context>
    <name>karvan::StartHandoffDialog</name>
    <message>
        <source>Start a hand-off</source>
        <translation>شروع تحویل</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;شروع</translation>
    </message>
</context>
<context>
    <name>karvan::StoredText</name>
    <message>
        <source>Health is red</source>
        <translation>سلامت قرمز است</translation>
    </message>
    <message>
        <source>Kickoff meeting</source>
        <translation>جلسهٔ آغاز همکاری</translation>
    </message>
    <message>
        <source>30-day check-in</source>
        <translation>پیگیری ۳۰ روزه</translation>
    </message>
    <message>
        <source>Signed contract attached and start date confirmed</source>
        <translation>قرارداد امضاشده پیوست و تاریخ شروع تأیید شده است</translation>
    </message>
    <message>
        <source>Customer goals and success criteria agreed with the customer</source>
        <translation>اهداف مشتری و معیارهای موفقیت با مشتری توافق شده است</translation>
    </message>
    <message>
        <source>Key contacts and decision makers listed</source>
        <translation>افراد کلیدی و تصمیم‌گیرندگان فهرست شده‌اند</translation>
    </message>
    <message>
        <source>Plan, modules and licence count confirmed</source>
        <translation>طرح، ماژول‌ها و تعداد مجوزها تأیید شده است</translation>
    </message>
    <message>
        <source>Promises and commitments made during the sale recorded</source>
        <translation>وعده‌ها و تعهدهای دوران فروش ثبت شده است</translation>
    </message>
    <message>
        <source>Technical requirements and integrations noted</source>
        <translation>نیازمندی‌های فنی و یکپارچه‌سازی‌ها یادداشت شده است</translation>
    </message>
    <message>
        <source>Risks and open questions noted</source>
        <translation>ریسک‌ها و پرسش‌های باز یادداشت شده است</translation>
    </message>
    <message>
        <source>Kick-off meeting with the CSM scheduled</source>
        <translation>جلسهٔ آغاز همکاری با CSM زمان‌بندی شده است</translation>
    </message>
    <message>
        <source>Why the customer bought and the use cases</source>
        <translation>چرا مشتری خرید و موارد استفاده</translation>
    </message>
    <message>
        <source>The problem they want solved, the use cases they bought for, in their words.</source>
        <translation>مسئله‌ای که می‌خواهند حل شود و موارد استفاده‌ای که برایشان خریده‌اند، به زبان خودشان.</translation>
    </message>
    <message>
        <source>Success metrics and their baseline</source>
        <translation>معیارهای موفقیت و نقطهٔ شروع آن‌ها</translation>
    </message>
    <message>
        <source>How the customer will measure success, and where each measure stands today.</source>
        <translation>مشتری موفقیت را چگونه می‌سنجد و هر معیار امروز کجاست.</translation>
    </message>
    <message>
        <source>Contract terms, value and renewal date</source>
        <translation>شرایط قرارداد، ارزش و تاریخ تمدید</translation>
    </message>
    <message>
        <source>Term, value (MRR), renewal date, notice period, anything unusual in the contract.</source>
        <translation>مدت، ارزش (درآمد ماهانه)، تاریخ تمدید، مهلت اعلام، و هر نکتهٔ غیرعادی قرارداد.</translation>
    </message>
    <message>
        <source>Every promise made during the sale</source>
        <translation>همهٔ وعده‌های دوران فروش</translation>
    </message>
    <message>
        <source>Features, dates, discounts, services or people promised; write each one down.</source>
        <translation>قابلیت‌ها، تاریخ‌ها، تخفیف‌ها، خدمات یا افرادی که وعده داده شده؛ هر کدام را بنویسید.</translation>
    </message>
    <message>
        <source>Stakeholder map: champion, economic buyer, preferred channel</source>
        <translation>نقشهٔ ذی‌نفعان: حامی، خریدار اقتصادی، کانال ارتباطی ترجیحی</translation>
    </message>
    <message>
        <source>Who champions the product, who signs the renewal, how they like to be reached.</source>
        <translation>چه کسی از محصول حمایت می‌کند، چه کسی تمدید را امضا می‌کند، و ترجیح می‌دهند چگونه با آن‌ها تماس گرفته شود.</translation>
    </message>
    <message>
        <source>Risks and red flags</source>
        <translation>ریسک‌ها و نشانه‌های خطر</translation>
    </message>
    <message>
        <source>Doubts raised during the sale, competitors, politics, budget or timing risks.</source>
        <translation>تردیدهای دوران فروش، رقبا، مسائل درون‌سازمانی، ریسک بودجه یا زمان‌بندی.</translation>
    </message>
    <message>
        <source>Technical and integration scope</source>
        <translation>دامنهٔ فنی و یکپارچه‌سازی</translation>
    </message>
    <message>
        <source>Systems to integrate, data to migrate, SSO, security reviews.</source>
        <translation>سامانه‌هایی که باید یکپارچه شوند، داده‌هایی که باید منتقل شوند، ورود یکپارچه (SSO)، بازبینی‌های امنیتی.</translation>
    </message>
    <message>
        <source>Kickoff meeting planned with Sales, CSM and customer</source>
        <translation>جلسهٔ آغاز همکاری با فروش، CSM و مشتری برنامه‌ریزی شده است</translation>
    </message>
    <message>
        <source>Date and attendees of the kickoff; Sales introduces the CSM.</source>
        <translation>تاریخ و شرکت‌کنندگان جلسهٔ آغاز؛ فروش CSM را معرفی می‌کند.</translation>
    </message>
    <message>
        <source>The 30-day check-in date</source>
        <translation>تاریخ پیگیری ۳۰ روزه</translation>
    </message>
    <message>
        <source>When the CSM checks in after the first month.</source>
        <translation>زمانی که CSM پس از ماه نخست پیگیری می‌کند.</translation>
    </message>
    <message>
        <source>Renewal on %1</source>
        <translation>تمدید در %1</translation>
    </message>
    <message>
        <source>No contact for %1 days</source>
        <translation>%1 روز بدون تماس</translation>
    </message>
    <message>
        <source>Escalated ticket %1 open %2 days</source>
        <translation>تیکت ارجاع‌شدهٔ %1 از %2 روز پیش باز است</translation>
    </message>
    <message>
        <source>Hand-off waiting %1 days</source>
        <translation>تحویل %1 روز در انتظار</translation>
    </message>
    <message>
        <source>Goal due: %1</source>
        <translation>سررسید هدف: %1</translation>
    </message>
    <message>
        <source>Adoption (active / licensed users)</source>
        <translation>پذیرش محصول (کاربران فعال / دارای مجوز)</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>پاسخ‌های NPS</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>پاسخ‌های CSAT</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>تیکت‌های پشتیبانی</translation>
    </message>
    <message>
        <source>Engagement (days since last contact)</source>
        <translation>تعامل (روزهای پس از آخرین تماس)</translation>
    </message>
    <message>
        <source>no usage reported</source>
        <translation>مصرفی گزارش نشده</translation>
    </message>
    <message>
        <source>no licensed users</source>
        <translation>کاربر دارای مجوز ندارد</translation>
    </message>
    <message>
        <source>no tickets</source>
        <translation>بدون تیکت</translation>
    </message>
    <message>
        <source>no contact recorded</source>
        <translation>تماسی ثبت نشده</translation>
    </message>
    <message>
        <source>%1 of licensed users active (%2 of %3, %4)</source>
        <translation>%1 از کاربران دارای مجوز فعال‌اند (%2 از %3، %4)</translation>
    </message>
    <message>
        <source>mean answer %1 of 10 over %2 answers</source>
        <translation>میانگین پاسخ %1 از ۱۰ در %2 پاسخ</translation>
    </message>
    <message>
        <source>no NPS answers in %1 days</source>
        <translation>بدون پاسخ NPS در %1 روز</translation>
    </message>
    <message>
        <source>%1 of %2 answers rated %3-5</source>
        <translation>%1 از %2 پاسخ امتیاز %3 تا ۵ داده‌اند</translation>
    </message>
    <message>
        <source>no CSAT answers in %1 days</source>
        <translation>بدون پاسخ CSAT در %1 روز</translation>
    </message>
    <message>
        <source>%1 open tickets, %2 escalated in %3 days (%4 in all)</source>
        <translation>%1 تیکت باز، %2 ارجاع‌شده در %3 روز (%4 در مجموع)</translation>
    </message>
    <message>
        <source>last contact %1 days ago (%2)</source>
        <translation>آخرین تماس %1 روز پیش (%2)</translation>
    </message>
    <message>
        <source>adoption: %1 -&gt; %2 of licensed users active (%3 users) lifts it to %4</source>
        <translation>پذیرش محصول: رسیدن از %1 به %2 کاربران فعال (%3 کاربر) آن را به %4 می‌رساند</translation>
    </message>
    <message>
        <source>nps: mean answer %1 -&gt; %2 lifts it to %3</source>
        <translation>NPS: رسیدن میانگین پاسخ از %1 به %2 آن را به %3 می‌رساند</translation>
    </message>
    <message>
        <source>csat: %1 -&gt; %2 of answers rated %3-5 lifts it to %4</source>
        <translation>CSAT: رسیدن سهم پاسخ‌های %3 تا ۵ از %1 به %2 آن را به %4 می‌رساند</translation>
    </message>
    <message>
        <source>support: %1 open tickets -&gt; %2 (close %3) lifts it to %4</source>
        <translation>پشتیبانی: رسیدن از %1 تیکت باز به %2 (بستن %3 تیکت) آن را به %4 می‌رساند</translation>
    </message>
    <message>
        <source>engagement: last contact %1 days ago -&gt; a contact within %2 days (e.g. one today) lifts it to %3</source>
        <translation>تعامل: آخرین تماس %1 روز پیش بوده؛ یک تماس در %2 روز اخیر (مثلاً همین امروز) آن را به %3 می‌رساند</translation>
    </message>
</context>
<context>
    <name>karvan::SurveyKind</name>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
</context>
<context>
    <name>karvan::TaskStore</name>
    <message>
        <source>A task needs a title.</source>
        <translation>کار به عنوان نیاز دارد.</translation>
    </message>
    <message>
        <source>Dismissing a task needs a reason.</source>
        <translation>کنار گذاشتن کار به دلیل نیاز دارد.</translation>
    </message>
    <message>
        <source>There is no task &apos;%1&apos;.</source>
        <translation>کاری با کلید «%1» وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>karvan::TasksTab</name>
    <message>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>چرا</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>افزودن کار…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>کنار گذاشتن…</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>تعویق…</translation>
    </message>
    <message>
        <source>open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>کنار گذاشته‌شده</translation>
    </message>
    <message>
        <source>Added the task &apos;%1&apos; to %2</source>
        <translation>کار «%1» به %2 افزوده شد</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>افزودن کار</translation>
    </message>
    <message>
        <source>What is to be done for %1 (due in a week; snooze to change)?</source>
        <translation>برای %1 چه باید کرد؟ (سررسید یک هفته بعد؛ برای تغییر، به تعویق بیندازید)</translation>
    </message>
    <message>
        <source>Dismiss a task</source>
        <translation>کنار گذاشتن کار</translation>
    </message>
    <message>
        <source>Why is &quot;%1&quot; not needed?</source>
        <translation>چرا «%1» لازم نیست؟</translation>
    </message>
</context>
<context>
    <name>karvan::TeamModel</name>
    <message>
        <source>Built-in team: CSV files refer to it by this key, which cannot change.</source>
        <translation>تیم داخلی: پرونده‌های CSV با این کلید به آن اشاره می‌کنند که قابل تغییر نیست.</translation>
    </message>
    <message>
        <source>CSV files refer to the team by this key.</source>
        <translation>پرونده‌های CSV با این کلید به تیم اشاره می‌کنند.</translation>
    </message>
    <message>
        <source>No active member: accounts this team supports show a gap.</source>
        <translation>عضو فعالی نیست: حساب‌هایی که این تیم پشتیبانی می‌کند خلأ نشان می‌دهند.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>اعضای فعال</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>توضیح</translation>
    </message>
</context>
<context>
    <name>karvan::TeamStagesTable</name>
    <message>
        <source>Accounts and MRR each team owns at each stage; open a cell to see its accounts</source>
        <translation>حساب‌ها و درآمد ماهانه‌ای که هر تیم در هر مرحله مالک آن است؛ برای دیدن حساب‌ها یک خانه را باز کنید</translation>
    </message>
    <message>
        <source>%1 accounts
%2</source>
        <translation>%1 حساب
%2</translation>
    </message>
    <message>
        <source>%1 at %2: %3 accounts, MRR %4</source>
        <translation>%1 در مرحله %2: %3 حساب، درآمد ماهانه %4</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 در مرحله %2</translation>
    </message>
    <message>
        <source>%1 accounts, MRR %2. Open one to see it.</source>
        <translation>%1 حساب، درآمد ماهانه %2. برای دیدن هر حساب آن را باز کنید.</translation>
    </message>
</context>
<context>
    <name>karvan::Teams</name>
    <message>
        <source>Sales</source>
        <translation>فروش</translation>
    </message>
    <message>
        <source>Owns the customer until the contract is signed (acquisition).</source>
        <translation>مالک مشتری تا امضای قرارداد (جذب).</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>بازاریابی</translation>
    </message>
    <message>
        <source>Engagement, communications and loyalty programmes.</source>
        <translation>تعامل، ارتباطات و برنامه‌های وفاداری.</translation>
    </message>
    <message>
        <source>Customer Success</source>
        <translation>موفقیت مشتری</translation>
    </message>
    <message>
        <source>CSMs: onboarding, deployment, retention, health.</source>
        <translation>مدیران موفقیت مشتری: آشناسازی، استقرار، حفظ مشتری، سلامت.</translation>
    </message>
    <message>
        <source>Account Management</source>
        <translation>مدیریت حساب</translation>
    </message>
    <message>
        <source>Renewals, upgrades, upsell and pricing.</source>
        <translation>تمدیدها، ارتقاها، فروش بیشتر و قیمت‌گذاری.</translation>
    </message>
    <message>
        <source>Customer Support</source>
        <translation>پشتیبانی مشتری</translation>
    </message>
    <message>
        <source>Resolves problems; escalates recurring ones to Product.</source>
        <translation>مشکلات را حل می‌کند؛ مشکلات تکراری را به تیم محصول ارجاع می‌دهد.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>محصول</translation>
    </message>
    <message>
        <source>Owns the experience; turns feedback into the roadmap.</source>
        <translation>مالک تجربهٔ کاربری؛ بازخوردها را به نقشهٔ راه تبدیل می‌کند.</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>حقوقی</translation>
    </message>
    <message>
        <source>Contracts and data ownership.</source>
        <translation>قراردادها و مالکیت داده.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>آموزش</translation>
    </message>
    <message>
        <source>Teaches customers to reach value.</source>
        <translation>به مشتریان آموزش می‌دهد تا به ارزش برسند.</translation>
    </message>
    <message>
        <source>Quality Assurance</source>
        <translation>تضمین کیفیت</translation>
    </message>
    <message>
        <source>Quality of what is deployed.</source>
        <translation>کیفیت آنچه مستقر می‌شود.</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>مالی</translation>
    </message>
    <message>
        <source>Billing, ROI and pricing support.</source>
        <translation>صورت‌حساب، بازگشت سرمایه و پشتیبانی قیمت‌گذاری.</translation>
    </message>
    <message>
        <source>Public Relations</source>
        <translation>روابط عمومی</translation>
    </message>
    <message>
        <source>Public stories and references.</source>
        <translation>داستان‌های عمومی و معرفی مشتریان.</translation>
    </message>
    <message>
        <source>Social Media</source>
        <translation>رسانه‌های اجتماعی</translation>
    </message>
    <message>
        <source>Community and social channels.</source>
        <translation>جامعهٔ کاربران و کانال‌های اجتماعی.</translation>
    </message>
</context>
<context>
    <name>karvan::Template</name>
    <message>
        <source>leads, conversion rate</source>
        <translation>سرنخ‌ها، نرخ تبدیل</translation>
    </message>
    <message>
        <source>time to value (purchase to go-live), activation</source>
        <translation>زمان رسیدن به ارزش (از خرید تا راه‌اندازی)، فعال‌سازی</translation>
    </message>
    <message>
        <source>feature usage, engagement</source>
        <translation>استفاده از قابلیت‌ها، تعامل</translation>
    </message>
    <message>
        <source>churn rate, NPS</source>
        <translation>نرخ ریزش، NPS</translation>
    </message>
    <message>
        <source>upsell / resale, ROI</source>
        <translation>فروش بیشتر / فروش مجدد، بازگشت سرمایه</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>معرفی‌ها</translation>
    </message>
</context>
<context>
    <name>karvan::TemplateEditor</name>
    <message>
        <source>&lt;b&gt;Ownership template&lt;/b&gt;: for each stage of the journey, the team that owns the customer, a co-owner, the supporting teams and the key metrics. An account follows the template unless it names its own owner.</source>
        <translation>&lt;b&gt;الگوی مالکیت&lt;/b&gt;: برای هر مرحله از سفر مشتری، تیمی که مالک مشتری است، یک هم‌مالک، تیم‌های پشتیبان و معیارهای کلیدی. هر حساب از الگو پیروی می‌کند مگر آنکه مالک خودش را نام ببرد.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation>تیم مالک</translation>
    </message>
    <message>
        <source>Co-owner team</source>
        <translation>تیم هم‌مالک</translation>
    </message>
    <message>
        <source>Supporting teams</source>
        <translation>تیم‌های پشتیبان</translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation>معیارهای کلیدی</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Decides</source>
        <translation>تصمیم‌گیرنده</translation>
    </message>
    <message>
        <source>Tells the customer</source>
        <translation>اطلاع‌دهنده به مشتری</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>‏(هیچ)</translation>
    </message>
    <message>
        <source>Click to choose the supporting teams</source>
        <translation>برای انتخاب تیم‌های پشتیبان کلیک کنید</translation>
    </message>
</context>
<context>
    <name>karvan::TicketDialog</name>
    <message>
        <source>Open a ticket</source>
        <translation>باز کردن تیکت</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>‏(هیچ)</translation>
    </message>
</context>
<context>
    <name>karvan::TicketPriority</name>
    <message>
        <source>Low</source>
        <translation>کم</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <source>High</source>
        <translation>زیاد</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
</context>
<context>
    <name>karvan::TourCallout</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;بازگشت</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;بعدی</translation>
    </message>
    <message>
        <source>&amp;Skip tour</source>
        <translation>&amp;رد شدن از گشت</translation>
    </message>
    <message>
        <source>Tour: step %1 of %2</source>
        <translation>گشت: گام %1 از %2</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;پایان</translation>
    </message>
</context>
<context>
    <name>karvan::UiLanguage</name>
    <message>
        <source>System default</source>
        <translation>پیش‌فرض سیستم</translation>
    </message>
    <message>
        <source>As the language (Jalali for Persian)</source>
        <translation>مطابق زبان (جلالی برای فارسی)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>Jalali (Persian)</source>
        <translation>جلالی (هجری شمسی)</translation>
    </message>
</context>
<context>
    <name>karvan::WelcomePage</name>
    <message>
        <source>Open a &amp;demo database</source>
        <translation>باز کردن پایگاه داده &amp;نمونه</translation>
    </message>
    <message>
        <source>&amp;Create an empty database…</source>
        <translation>&amp;ساخت پایگاه داده خالی…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;باز کردن…</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>پایگاه‌های داده اخیر</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Karvan&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;به کاروان خوش آمدید&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Karvan keeps track of who owns each customer at each stage of the journey, and how each account is doing. Start with a demo book of 400 accounts to look around, or create your own database and import your CSV files.</source>
        <translation>کاروان پیگیری می‌کند که در هر مرحله از سفر مشتری چه کسی مالک هر مشتری است و هر حساب در چه وضعی است. با یک دفتر نمونه ۴۰۰ حسابی شروع کنید و نگاهی بیندازید، یا پایگاه داده خودتان را بسازید و پرونده‌های CSV خود را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>karvan::display</name>
    <message>
        <source>n/a</source>
        <translation>نامشخص</translation>
    </message>
</context>
<context>
    <name>karvan::metricsformat</name>
    <message>
        <source>Metrics %1

</source>
        <translation>سنجه‌ها، %1

</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 روز</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>سنجه</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>mrr</source>
        <translation>درآمد ماهانه</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>expansion</source>
        <translation>توسعه</translation>
    </message>
    <message>
        <source>contraction</source>
        <translation>کاهش</translation>
    </message>
    <message>
        <source>churned</source>
        <translation>ریزش</translation>
    </message>
    <message>
        <source>logo churn</source>
        <translation>ریزش مشتری</translation>
    </message>
    <message>
        <source>NRR 12m</source>
        <translation>NRR ۱۲ ماهه</translation>
    </message>
    <message>
        <source>GRR 12m</source>
        <translation>GRR ۱۲ ماهه</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
</context>
<context>
    <name>karvan::stagekpisformat</name>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Stage KPIs %1

</source>
        <translation>شاخص‌های مرحله‌ها، %1

</translation>
    </message>
    <message>
        <source>Stage KPIs %1 by team

</source>
        <translation>شاخص‌های مرحله‌ها، %1، بر اساس تیم

</translation>
    </message>
    <message>
        <source>Stage KPIs %1 by owner

</source>
        <translation>شاخص‌های مرحله‌ها، %1، بر اساس مالک

</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open (or create) the database at PATH.</source>
        <translation>پایگاه داده در PATH را باز کن (یا بساز).</translation>
    </message>
    <message>
        <source>Open the database, show the window, check it and exit.</source>
        <translation>پایگاه داده را باز کن، پنجره را نشان بده، بررسی کن و خارج شو.</translation>
    </message>
</context>
</TS>
