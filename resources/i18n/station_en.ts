<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>人脸模型来自 dlib-models（Davis King）。其中 68 点特征点模型用 iBUG 300-W 数据训练，该数据的许可不允许商业使用；Station 仅供救助机构的公益工作使用。</source>
        <translation>The face models come from dlib-models (Davis King). The 68-point landmark model was trained on the iBUG 300-W data, whose licence excludes commercial use; Station is for the non-profit work of rescue stations only.</translation>
    </message>
    <message>
        <source>安装版</source>
        <translation>installed copy</translation>
    </message>
    <message>
        <source>源代码运行</source>
        <translation>running from source</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>关于 Station</source>
        <translation>About Station</translation>
    </message>
    <message>
        <source>救助寻亲工作站 Station {version}</source>
        <translation>Station {version} — rescue and family search</translation>
    </message>
    <message>
        <source>为救助管理站的入站登记、安置、寻亲与照片比对而作。</source>
        <translation>Made for rescue-management stations: intake, placement, family search and photo matching.</translation>
    </message>
    <message>
        <source>数据只保存在本机或本站配置的数据库中，不会发送到别处。</source>
        <translation>Data stays on this computer or in the database your station configured; it is sent nowhere else.</translation>
    </message>
    <message>
        <source>许可证：{licence}（自由软件）。运行环境：{runtime}，{kind}。</source>
        <translation>Licence: {licence} (free software). Running on {runtime}, {kind}.</translation>
    </message>
    <message>
        <source>组件</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>许可证</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>本程序包含的组件：</source>
        <translation>Components included in this program:</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>账号管理</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>本站还没有可以批准的站长：未成年人和不能自主决定的人员离站须由站长批准。请为站长新建一个角色为“站长”的账号；站长本人登录并设置自己的密码后，即可批准。</source>
        <translation>No director here can approve yet: a minor or a person who cannot decide for themselves leaves only with a director&apos;s approval. Create an account with the role &quot;Director&quot;; once the director has logged in and set their own password, they can approve.</translation>
    </message>
    <message>
        <source>新建账号…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <source>改角色…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <source>停用 / 启用</source>
        <translation>Deactivate / activate</translation>
    </message>
    <message>
        <source>解除锁定</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>重置密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>已锁定至 {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <source>待本人设置密码</source>
        <translation>Holder to set a password</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>没有保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>{name} 的角色：</source>
        <translation>Role of {name}:</translation>
    </message>
    <message>
        <source>停用账号</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <source>停用 {name} 的账号？停用后不能登录，记录仍保留在其名下。</source>
        <translation>Deactivate the account of {name}? They can no longer log in; their records stay under their name.</translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>{name} 的临时密码（本人登录后须修改）：</source>
        <translation>Temporary password for {name} (to be changed at their next login):</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>数据库设置…</source>
        <translation>Database settings…</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>恢复已处理</source>
        <translation>Restore dealt with</translation>
    </message>
</context>
<context>
    <name>AttemptDialog</name>
    <message>
        <source>记录寻亲</source>
        <translation>Record a family search</translation>
    </message>
    <message>
        <source>更新寻亲记录</source>
        <translation>Update a family-search record</translation>
    </message>
    <message>
        <source>例如：全国救助寻亲网、某某派出所、某电视台</source>
        <translation>e.g. the national family-search site, a police station, a TV channel</translation>
    </message>
    <message>
        <source>公告编号、受理回执号等</source>
        <translation>Announcement number, receipt number …</translation>
    </message>
    <message>
        <source>需要跟进</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>渠道 / 单位</source>
        <translation>Channel / agency</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>下次跟进</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>情况说明</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>审计记录</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>人员编号</source>
        <translation>Person no.</translation>
    </message>
    <message>
        <source>全部工作人员</source>
        <translation>All staff</translation>
    </message>
    <message>
        <source>全部操作</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>登录与账号</source>
        <translation>Logins and accounts</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>无法完成操作</source>
        <translation>Cannot complete the action</translation>
    </message>
    <message>
        <source>第 {first}–{last} 条，共 {total} 条</source>
        <translation>{first}–{last} of {total}</translation>
    </message>
    <message>
        <source>导出审计记录</source>
        <translation>Export audit trail</translation>
    </message>
    <message>
        <source>CSV 表格 (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>已导出 {n} 条审计记录到 {path}。文件含个人信息，请妥善保管。</source>
        <translation>Exported {n} audit events to {path}. The file holds personal data; keep it safe.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>入站登记</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>修改资料</source>
        <translation>Details changed</translation>
    </message>
    <message>
        <source>合并重复档案</source>
        <translation>Merge duplicate records</translation>
    </message>
    <message>
        <source>添加照片</source>
        <translation>Photo added</translation>
    </message>
    <message>
        <source>接收保管物品</source>
        <translation>Item taken into custody</translation>
    </message>
    <message>
        <source>归还物品</source>
        <translation>Belongings returned</translation>
    </message>
    <message>
        <source>离站（示例数据）</source>
        <translation>Departed (demo data)</translation>
    </message>
    <message>
        <source>送医 / 安置</source>
        <translation>Hospital / placement</translation>
    </message>
    <message>
        <source>结束安置</source>
        <translation>Placement ended</translation>
    </message>
    <message>
        <source>补记安置费用</source>
        <translation>Placement cost added</translation>
    </message>
    <message>
        <source>记录寻亲</source>
        <translation>Family search recorded</translation>
    </message>
    <message>
        <source>更新寻亲记录</source>
        <translation>Update a family-search record</translation>
    </message>
    <message>
        <source>救助期限 / 安置决定</source>
        <translation>Stay / care decision</translation>
    </message>
    <message>
        <source>身份已查明</source>
        <translation>Identity established</translation>
    </message>
    <message>
        <source>身份查明</source>
        <translation>Identity found</translation>
    </message>
    <message>
        <source>离站</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>添加名字</source>
        <translation>Name added</translation>
    </message>
    <message>
        <source>打印文书</source>
        <translation>Document printed</translation>
    </message>
    <message>
        <source>重印文书</source>
        <translation>Document reprinted</translation>
    </message>
    <message>
        <source>打印公告汇总</source>
        <translation>Printed an announcement sheet</translation>
    </message>
    <message>
        <source>照片比对</source>
        <translation>Photo search</translation>
    </message>
    <message>
        <source>比对判断</source>
        <translation>Match decision</translation>
    </message>
    <message>
        <source>自动比对</source>
        <translation>Automatic comparison</translation>
    </message>
    <message>
        <source>新照片使已排除的候选人重新待审</source>
        <translation>A new photo brought an excluded candidate back for review</translation>
    </message>
    <message>
        <source>修改比对阈值</source>
        <translation>Changed match bands</translation>
    </message>
    <message>
        <source>导入寻人名单</source>
        <translation>Imported a missing-person list</translation>
    </message>
    <message>
        <source>导出寻人名单</source>
        <translation>Exported a missing-person list</translation>
    </message>
    <message>
        <source>删除寻人名单</source>
        <translation>Deleted a missing-person list</translation>
    </message>
    <message>
        <source>修改期限规则</source>
        <translation>Changed a deadline rule</translation>
    </message>
    <message>
        <source>修改工作日历</source>
        <translation>Changed the working calendar</translation>
    </message>
    <message>
        <source>修改本站信息</source>
        <translation>Changed the station&apos;s information</translation>
    </message>
    <message>
        <source>创建首个管理员</source>
        <translation>Created the first administrator</translation>
    </message>
    <message>
        <source>新建账号</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>修改账号</source>
        <translation>Changed an account</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <source>登录被拒（账号锁定中）</source>
        <translation>Login refused (account locked)</translation>
    </message>
    <message>
        <source>登录被拒（账号已停用）</source>
        <translation>Login refused (account deactivated)</translation>
    </message>
    <message>
        <source>账号锁定</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>确认密码错误</source>
        <translation>Wrong confirmation password</translation>
    </message>
    <message>
        <source>解锁屏幕</source>
        <translation>Screen unlocked</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>导出审计记录</source>
        <translation>Audit trail exported</translation>
    </message>
    <message>
        <source>迁移到此数据库</source>
        <translation>Station moved to this database</translation>
    </message>
    <message>
        <source>本文件含个人信息（姓名、证件号等修改前后的内容），仅供检查使用，请妥善保管，用后销毁。</source>
        <translation>This file holds personal data (names, ID numbers and other values before and after each change), for inspection only; keep it safe and destroy it after use.</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>状况</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>领回人</source>
        <translation>Returned to</translation>
    </message>
    <message>
        <source>归还时间</source>
        <translation>Returned at</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>离站时间</source>
        <translation>Departed at</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>医院 / 机构</source>
        <translation>Hospital / institution</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>费用</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>现金 / 车票</source>
        <translation>Cash / ticket</translation>
    </message>
    <message>
        <source>补记金额</source>
        <translation>Amount added</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>情况说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>离站时健康状况</source>
        <translation>Health at departure</translation>
    </message>
    <message>
        <source>原来的姓名记为</source>
        <translation>Keep the name before as</translation>
    </message>
    <message>
        <source>护送</source>
        <translation>Escort</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>下次跟进</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>照料方式</source>
        <translation>Care</translation>
    </message>
    <message>
        <source>延长至</source>
        <translation>Extended until</translation>
    </message>
    <message>
        <source>身份查明时间</source>
        <translation>Identified at</translation>
    </message>
    <message>
        <source>查明方式</source>
        <translation>Identified by</translation>
    </message>
    <message>
        <source>新名字</source>
        <translation>New name</translation>
    </message>
    <message>
        <source>寻亲记录</source>
        <translation>Family-search record</translation>
    </message>
    <message>
        <source>去向</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>现金 / 车票凭证号</source>
        <translation>Cash / ticket receipt</translation>
    </message>
    <message>
        <source>已签自行离站声明</source>
        <translation>Own-will declaration signed</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>接领人</source>
        <translation>Collected by</translation>
    </message>
    <message>
        <source>接领人身份证号</source>
        <translation>Collector&apos;s ID number</translation>
    </message>
    <message>
        <source>与本人关系</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>接领人电话</source>
        <translation>Collector&apos;s phone</translation>
    </message>
    <message>
        <source>查验的证件</source>
        <translation>Documents checked</translation>
    </message>
    <message>
        <source>护送人员</source>
        <translation>Escorts</translation>
    </message>
    <message>
        <source>交通工具</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>路线</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>出发时间</source>
        <translation>Set off at</translation>
    </message>
    <message>
        <source>到达时间</source>
        <translation>Arrived at</translation>
    </message>
    <message>
        <source>接收单位</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>交接给</source>
        <translation>Handed to</translation>
    </message>
    <message>
        <source>交接时间</source>
        <translation>Handed over at</translation>
    </message>
    <message>
        <source>并入的入站次数</source>
        <translation>Stays merged in</translation>
    </message>
    <message>
        <source>并入的照片</source>
        <translation>Photos merged in</translation>
    </message>
    <message>
        <source>从并入档案补充的资料</source>
        <translation>Facts taken from the merged record</translation>
    </message>
    <message>
        <source>新增别名</source>
        <translation>Aliases added</translation>
    </message>
    <message>
        <source>列出候选人</source>
        <translation>Candidates listed</translation>
    </message>
    <message>
        <source>比对（人员 × 名单）</source>
        <translation>Comparisons (residents × lists)</translation>
    </message>
    <message>
        <source>比对的人员</source>
        <translation>Residents compared</translation>
    </message>
    <message>
        <source>新的候选人</source>
        <translation>New candidates</translation>
    </message>
    <message>
        <source>人脸距离</source>
        <translation>Face distance</translation>
    </message>
    <message>
        <source>判断</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>文书编号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>文件中的行数</source>
        <translation>Rows in the file</translation>
    </message>
    <message>
        <source>读取的行数</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>未变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>跳过</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>新增照片</source>
        <translation>Photos added</translation>
    </message>
    <message>
        <source>中途停止</source>
        <translation>Stopped part way</translation>
    </message>
    <message>
        <source>名单人数</source>
        <translation>Records in the list</translation>
    </message>
    <message>
        <source>更新已有名单</source>
        <translation>Update of an existing list</translation>
    </message>
    <message>
        <source>接着上次导入</source>
        <translation>Resumed</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>分钟</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>no</translation>
    </message>
    <message>
        <source>空</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>{amount} 元</source>
        <translation>{amount} yuan</translation>
    </message>
    <message>
        <source>账号 {n}</source>
        <translation>account {n}</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>{path} 缺少数据库登记的 {n} 个文件（请运行 station check）</source>
        <translation>{path} lacks {n} files the database names (run station check)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>备份保存在 {folder}，保留最近 {n} 份。每天第一次打开 Station 时自动备份。</source>
        <translation>Backups are kept in {folder}, the latest {n}. Station backs up by itself when it is first opened each day.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>文件数</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>核验所选备份</source>
        <translation>Verify the selected backup</translation>
    </message>
    <message>
        <source>用所选备份恢复…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <source>共享数据库的备份请用 station restore 备份文件夹 --to 新的空数据库 恢复</source>
        <translation>A shared database&apos;s backup is restored with station restore &lt;folder&gt; --to &lt;a new, empty database&gt;</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>正在备份数据库、照片与文书…</source>
        <translation>Backing up the database, photos and documents…</translation>
    </message>
    <message>
        <source>备份未完成</source>
        <translation>Backup not finished</translation>
    </message>
    <message>
        <source>备份不完整</source>
        <translation>Backup incomplete</translation>
    </message>
    <message>
        <source>已备份到 {path}（{n} 个文件），但数据库登记的 {m} 个文件不在数据目录中，未能备份：
{names}
请运行 station check 查看是哪些记录的文件，再从更早的备份找回。</source>
        <translation>Backed up to {path} ({n} files), but {m} files the database names are not in the data folder and could not be backed up:
{names}
Run station check to see whose files they are, then recover them from an earlier backup.</translation>
    </message>
    <message>
        <source>已备份</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>已备份到 {path}（{n} 个文件）。</source>
        <translation>Backed up to {path} ({n} files).</translation>
    </message>
    <message>
        <source>核验备份</source>
        <translation>Verify backup</translation>
    </message>
    <message>
        <source>正在逐个核对文件的校验值…</source>
        <translation>Checking each file against its hash…</translation>
    </message>
    <message>
        <source>备份有问题</source>
        <translation>The backup has problems</translation>
    </message>
    <message>
        <source>这份备份不能用来恢复：</source>
        <translation>This backup cannot be used to restore:</translation>
    </message>
    <message>
        <source>备份完好</source>
        <translation>The backup is whole</translation>
    </message>
    <message>
        <source>每个文件都与其校验值一致，数据库完整。</source>
        <translation>Every file matches its hash and the database is intact.</translation>
    </message>
    <message>
        <source>用备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>用 {when} 的备份替换现在的全部数据？之后的登记和修改都会回到那时。现在的数据会另存一份（before-restore-…），不会丢失。Station 将关闭，恢复后请重新打开。</source>
        <translation>Replace all current data with the backup of {when}? Everything registered or changed since goes back to that time. The current data is kept aside (before-restore-…), nothing is lost. Station will close; open it again after the restore.</translation>
    </message>
</context>
<context>
    <name>Band</name>
    <message>
        <source>高度相似</source>
        <translation>Very similar</translation>
    </message>
    <message>
        <source>可能相似</source>
        <translation>Possibly similar</translation>
    </message>
    <message>
        <source>略有相似</source>
        <translation>Slightly similar</translation>
    </message>
    <message>
        <source>不太相似</source>
        <translation>Not very similar</translation>
    </message>
</context>
<context>
    <name>BandsDialog</name>
    <message>
        <source>比对阈值</source>
        <translation>Match thresholds</translation>
    </message>
    <message>
        <source>人脸距离越小越像。各档的距离上限按东亚人脸照片测定：默认值下，不同的人落入“高度相似”约 0.1%，落入“可能相似”及以内约 1%。下表是本站已确认和已排除的候选人落在各档的人数，可据此调整。任何一档都只是提示，每位候选人都须由工作人员核对判断。</source>
        <translation>The smaller the face distance, the more alike. Each band&apos;s limit was measured on East Asian faces: with the defaults, different people fall in &quot;Very similar&quot; about 0.1 % of the time, and in &quot;Possibly similar&quot; or nearer about 1 %. The table counts the candidates this station confirmed and excluded in each band, to adjust by. A band is only a hint: staff review and decide every candidate.</translation>
    </message>
    <message>
        <source>一张是儿童时的照片、一张是成年后的照片时，按这里的上限分档。跨年龄的默认值未经测定（没有同一批人童年和成年的标注照片），与同龄照片相同，但不标“高度相似”。本站对跨年龄候选的确认和排除在此另计，积累足够后给出建议值。</source>
        <translation>When one photo is of a child and the other of an adult, these limits decide the band. The cross-age defaults are not measured (no labelled photos of the same people as children and as adults were at hand): they are the same-age limits without &quot;very similar&quot;. The station&apos;s confirmations and exclusions of cross-age candidates are counted here apart and, once there are enough, give suggested limits.</translation>
    </message>
    <message>
        <source>同龄照片</source>
        <translation>Photos of the same age</translation>
    </message>
    <message>
        <source>跨年龄（儿童对成人）</source>
        <translation>Across ages (child / adult)</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>只有管理员可以修改比对阈值；您可以查看。</source>
        <translation>Only an administrator can change the thresholds; you can look.</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>已保存；此后的比对按新阈值分档。</source>
        <translation>Saved; searches from now on use the new thresholds.</translation>
    </message>
</context>
<context>
    <name>BelongingDialog</name>
    <message>
        <source>接收保管物品</source>
        <translation>Item taken into custody</translation>
    </message>
    <message>
        <source>例如：旧手机、现金、身份证</source>
        <translation>e.g. old phone, cash, ID card</translation>
    </message>
    <message>
        <source>件数；现金填金额，如 23.5元</source>
        <translation>Count; for cash the amount, e.g. 23.5元</translation>
    </message>
    <message>
        <source>例如：家属送来；在衣物中发现</source>
        <translation>e.g. brought by the family; found in the clothes</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数量 / 金额</source>
        <translation>Quantity / amount</translation>
    </message>
    <message>
        <source>状况</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>BelongingsTable</name>
    <message>
        <source>物品名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>状况</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>数量 / 金额</source>
        <translation>Quantity / amount</translation>
    </message>
    <message>
        <source>添加物品</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>医院 / 机构</source>
        <translation>Hospital / institution</translation>
    </message>
    <message>
        <source>自</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>打印寻亲公告（汇总：身份未查明的在站人员）…</source>
        <translation>Print the announcement sheet (everyone unidentified in care)…</translation>
    </message>
    <message>
        <source>{place}（{n} 人）</source>
        <translation>{place} ({n})</translation>
    </message>
    <message>
        <source>在本站照料中的共 {n} 人</source>
        <translation>{n} persons in the station&apos;s care</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>拍照</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <source>请让人员正对镜头，光线充足，不戴帽子和墨镜。</source>
        <translation>Have the person face the camera in good light, without hat or sunglasses.</translation>
    </message>
    <message>
        <source>拍照 (空格)</source>
        <translation>Take photo (Space)</translation>
    </message>
    <message>
        <source>无法保存照片到 {path}</source>
        <translation>Cannot save the photo to {path}</translation>
    </message>
</context>
<context>
    <name>CaseworkTabs</name>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>完成于</source>
        <translation>Done at</translation>
    </message>
    <message>
        <source>记录所选事项…</source>
        <translation>Record the selected task…</translation>
    </message>
    <message>
        <source>去向</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>医院 / 机构</source>
        <translation>Hospital / institution</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>From</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>To</translation>
    </message>
    <message>
        <source>天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>原因 / 诊断</source>
        <translation>Reason / diagnosis</translation>
    </message>
    <message>
        <source>费用（元）</source>
        <translation>Cost (yuan)</translation>
    </message>
    <message>
        <source>护送</source>
        <translation>Escort</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>送医 / 安置…</source>
        <translation>Hospital / placement…</translation>
    </message>
    <message>
        <source>结束当前安置…</source>
        <translation>End the current placement…</translation>
    </message>
    <message>
        <source>补记费用…</source>
        <translation>Add a cost…</translation>
    </message>
    <message>
        <source>为所选的送医或安置补记一笔费用（结束后也可以）</source>
        <translation>Add a bill to the selected hospital stay or placement (also after it ended)</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>渠道 / 单位</source>
        <translation>Channel / agency</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>下次跟进</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>情况说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>记录寻亲…</source>
        <translation>Record a family search…</translation>
    </message>
    <message>
        <source>更新所选记录…</source>
        <translation>Update selected…</translation>
    </message>
    <message>
        <source>等待的结果来了、有了线索或需要再跟进：在原记录上更新，不另记一次</source>
        <translation>An awaited answer came, a lead, or another follow-up: update the record itself instead of logging another attempt</translation>
    </message>
    <message>
        <source>救助期限与安置决定</source>
        <translation>Stay extensions and placement decisions</translation>
    </message>
    <message>
        <source>需从严处理：{flags}</source>
        <translation>Needs stricter handling: {flags}</translation>
    </message>
    <message>
        <source>（当前）</source>
        <translation>(current)</translation>
    </message>
    <message>
        <source>至 {day}</source>
        <translation>until {day}</translation>
    </message>
    <message>
        <source>{kind}：{facility}，{start} 起；已记费用 {cost} 元</source>
        <translation>{kind}: {facility}, from {start}; costs so far {cost} yuan</translation>
    </message>
    <message>
        <source>此人需从严处理（{flags}）：只能交给核实过身份的亲属或移交机构，并须站长批准。</source>
        <translation>This person needs stricter handling ({flags}): release only to a relative whose identity has been checked, or to an institution, with the director&apos;s approval.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>这是您第一次用这个密码登录（新账号或管理员重置过）。请设置只有您知道的新密码。</source>
        <translation>This is the first login with this password (a new account, or reset by an administrator). Please choose a new password that only you know.</translation>
    </message>
    <message>
        <source>请输入原密码和新密码。</source>
        <translation>Enter your current password and the new one.</translation>
    </message>
    <message>
        <source>至少 {n} 个字符，含字母和数字</source>
        <translation>at least {n} characters, letters and digits</translation>
    </message>
    <message>
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>确认新密码</source>
        <translation>Confirm new password</translation>
    </message>
    <message>
        <source>两次输入的新密码不一致</source>
        <translation>The two new passwords differ</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>数据库文件损坏：{detail}</source>
        <translation>The database file is damaged: {detail}</translation>
    </message>
    <message>
        <source>表 {table} 第 {row} 行引用的 {parent} 记录不存在</source>
        <translation>Row {row} of table {table} refers to a {parent} record that does not exist</translation>
    </message>
    <message>
        <source>照片文件缺失：{path}（{owner}）</source>
        <translation>Photo file missing: {path} ({owner})</translation>
    </message>
    <message>
        <source>照片文件已损坏（内容与校验值不符）：{path}（{owner}）</source>
        <translation>Photo file damaged (content does not match its checksum): {path} ({owner})</translation>
    </message>
    <message>
        <source>文书存档缺失：{path}（{number}）</source>
        <translation>Archived document missing: {path} ({number})</translation>
    </message>
    <message>
        <source>文书存档已损坏：{path}（{number}）</source>
        <translation>Archived document damaged: {path} ({number})</translation>
    </message>
    <message>
        <source>{n} 张名单照片标为已编码，却没有当前的人脸编码</source>
        <translation>{n} list photos are marked encoded but have no current face encoding</translation>
    </message>
    <message>
        <source>{n} 张名单照片曾因文件缺失或损坏未能编码，现在文件已完好，可重新编码</source>
        <translation>{n} list photos failed to encode because their file was missing or damaged; the files are whole again and can be encoded</translation>
    </message>
    <message>
        <source>{n} 张在站人员照片还没有当前的人脸编码</source>
        <translation>{n} residents&apos; photos have no current face encoding yet</translation>
    </message>
    <message>
        <source>{n} 次入站的寻亲进度汇总与记录不符</source>
        <translation>The family-search summary of {n} stays does not match their records</translation>
    </message>
    <message>
        <source>名单“{name}”（编号 {id}）记作 {said} 人，实有 {actual} 条记录</source>
        <translation>List “{name}” (no. {id}) is recorded as {said} people but holds {actual} records</translation>
    </message>
    <message>
        <source>名单“{name}”（编号 {id}）的导入没有完成（已存 {actual} 条记录）：再导入同一文件 {file} 即可继续</source>
        <translation>The import of list “{name}” (no. {id}) did not finish ({actual} records stored): import the same file {file} again to carry on</translation>
    </message>
    <message>
        <source>审计记录被改动过：从编号 {id} 的记录起哈希链对不上（该记录或其前一条被修改、删除或插入）。请从备份核对，并查明是谁直接改动了数据库</source>
        <translation>The audit trail was tampered with: from the event numbered {id} on, the hash chain does not fit (that event or the one before it was changed, deleted or inserted). Compare with a backup and find out who changed the database directly</translation>
    </message>
    <message>
        <source>正在检查数据库文件与外键…</source>
        <translation>Checking the database file and its references…</translation>
    </message>
    <message>
        <source>正在核对照片与文书存档的文件…</source>
        <translation>Checking the photo and document files…</translation>
    </message>
    <message>
        <source>正在核对人脸编码与寻亲进度汇总…</source>
        <translation>Checking face encodings and family-search summaries…</translation>
    </message>
    <message>
        <source>人员编号 {id}</source>
        <translation>person {id}</translation>
    </message>
    <message>
        <source>名单记录编号 {id}</source>
        <translation>list record {id}</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <source>补记费用</source>
        <translation>Add a cost</translation>
    </message>
    <message>
        <source>元，例如 1200.50</source>
        <translation>yuan, e.g. 1200.50</translation>
    </message>
    <message>
        <source>例如：住院费结算单，票据号 …</source>
        <translation>e.g. hospital bill, receipt number …</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>程序出错</source>
        <translation>Program error</translation>
    </message>
    <message>
        <source>Station 遇到了一个程序错误。已保存的数据不受影响，未保存的输入可能需要重新填写。请把下面的报告复制给技术支持人员。</source>
        <translation>Station ran into a program error. Saved data is not affected; unsaved input may have to be entered again. Please copy the report below to technical support.</translation>
    </message>
    <message>
        <source>报告也已写入日志文件：{path}</source>
        <translation>The report was also written to the log file: {path}</translation>
    </message>
    <message>
        <source>复制报告</source>
        <translation>Copy report</translation>
    </message>
</context>
<context>
    <name>CrossMatchStatus</name>
    <message>
        <source>自动比对…</source>
        <translation>Automatic comparison…</translation>
    </message>
    <message>
        <source>自动比对：{done} / {total}（人员 × 名单）</source>
        <translation>Automatic comparison: {done} / {total} (residents × lists)</translation>
    </message>
    <message>
        <source>自动比对正在暂停，稍后会接着进行…</source>
        <translation>Automatic comparison pausing; it goes on later…</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>数据库连接</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <source>单机：本机上的数据库文件</source>
        <translation>Single PC: a database file on this computer</translation>
    </message>
    <message>
        <source>多台工作站共用：PostgreSQL 服务器</source>
        <translation>Shared by several workstations: a PostgreSQL server</translation>
    </message>
    <message>
        <source>例如 192.168.1.10</source>
        <translation>e.g. 192.168.1.10</translation>
    </message>
    <message>
        <source>各工作站都能读写的共享文件夹</source>
        <translation>a shared folder every workstation can read and write</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>服务器</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>数据库名</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>照片与文书文件夹</source>
        <translation>Photos and documents folder</translation>
    </message>
    <message>
        <source>修改在重新打开 Station 后生效。密码保存在本机的设置文件中，仅本用户可读。</source>
        <translation>Changes apply when Station is opened again. The password is kept in this computer&apos;s settings file, readable by this user only.</translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>连接失败：</source>
        <translation>Connection failed: </translation>
    </message>
    <message>
        <source>其中的数据由更新版本的 Station 写入，请先升级本机的 Station。</source>
        <translation>Its data was written by a newer Station; upgrade Station on this PC first.</translation>
    </message>
    <message>
        <source>其中已有工作站的数据。</source>
        <translation>It already holds a station&apos;s data.</translation>
    </message>
    <message>
        <source>这是一个空数据库：保存后 Station 会在其中建表。</source>
        <translation>It is an empty database: Station will create its tables there after saving.</translation>
    </message>
    <message>
        <source>连接成功：{server}。</source>
        <translation>Connected: {server}. </translation>
    </message>
    <message>
        <source> 但文件夹 {folder} 无法写入。</source>
        <translation> But the folder {folder} cannot be written.</translation>
    </message>
    <message>
        <source>请选择照片与文书文件夹：各工作站都要看到同样的照片。</source>
        <translation>Choose the photos and documents folder: every workstation must see the same photos.</translation>
    </message>
</context>
<context>
    <name>DeadlineRule</name>
    <message>
        <source>发布寻亲公告（入站 24 小时内）</source>
        <translation>Publish a family-search announcement (within 24 hours of arrival)</translation>
    </message>
    <message>
        <source>申请公安 DNA 采集比对（7 个工作日内）</source>
        <translation>Request a police DNA sample and comparison (within 7 working days)</translation>
    </message>
    <message>
        <source>救助期满 10 天：登记延长救助期限</source>
        <translation>10-day stay ending: record an extension</translation>
    </message>
    <message>
        <source>滞留超过 10 天：作出长期滞留安置决定（站内照料 / 站外托养 / 特困供养）</source>
        <translation>More than 10 days: decide on long-stay care (in the station / outside care / special support)</translation>
    </message>
    <message>
        <source>滞留满 1 个月：更新寻亲公告</source>
        <translation>One month: renew the announcement</translation>
    </message>
    <message>
        <source>滞留满 1 个月：再次 DNA 比对</source>
        <translation>One month: new DNA comparison</translation>
    </message>
    <message>
        <source>滞留满 1 个月：公安人脸比对</source>
        <translation>One month: police face comparison</translation>
    </message>
    <message>
        <source>滞留超过 3 个月：启动落户安置</source>
        <translation>More than 3 months: start household registration (落户安置)</translation>
    </message>
    <message>
        <source>定期用照片重新比对最新名单</source>
        <translation>Search the photo again against the newest lists</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>{n} 天</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>{n} 小时</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <source>{due}（逾期 {amount}）</source>
        <translation>{due} ({amount} overdue)</translation>
    </message>
    <message>
        <source>{due}（还剩 {amount}）</source>
        <translation>{due} ({amount} left)</translation>
    </message>
    <message>
        <source>{due}（晚了 {amount}）</source>
        <translation>{due} ({amount} late)</translation>
    </message>
    <message>
        <source>{due}（未完成）</source>
        <translation>{due} (not met)</translation>
    </message>
    <message>
        <source>跟进：{kind}</source>
        <translation>Follow up: {kind}</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>可能</source>
        <translation>Possible</translation>
    </message>
    <message>
        <source>排除</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>确认</source>
        <translation>Confirmed</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>救助期满仍需留站时，登记延长到哪一天及理由。</source>
        <translation>When a person must stay beyond the normal period, record until when and why.</translation>
    </message>
    <message>
        <source>滞留超过 10 天仍未查明身份的，决定照料方式。</source>
        <translation>For a person still unidentified after 10 days, decide how they are cared for.</translation>
    </message>
    <message>
        <source>滞留超过 3 个月的，启动落户安置程序。</source>
        <translation>For a person here more than 3 months, start household registration and settlement.</translation>
    </message>
    <message>
        <source>照料方式</source>
        <translation>Care</translation>
    </message>
    <message>
        <source>延长至</source>
        <translation>Extended until</translation>
    </message>
    <message>
        <source>理由 / 说明</source>
        <translation>Reason / notes</translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <source>身份证</source>
        <translation>ID card</translation>
    </message>
    <message>
        <source>户口簿</source>
        <translation>Household register</translation>
    </message>
    <message>
        <source>派出所证明</source>
        <translation>Police station letter</translation>
    </message>
    <message>
        <source>村（居）委会证明</source>
        <translation>Village / neighbourhood committee letter</translation>
    </message>
    <message>
        <source>结婚证 / 出生证明</source>
        <translation>Marriage / birth certificate</translation>
    </message>
    <message>
        <source>办理离站</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>去往何处（地址、机构）</source>
        <translation>Where to (address, institution)</translation>
    </message>
    <message>
        <source>离站方式</source>
        <translation>Kind of departure</translation>
    </message>
    <message>
        <source>离站时间</source>
        <translation>Departed at</translation>
    </message>
    <message>
        <source>去向</source>
        <translation>Where to</translation>
    </message>
    <message>
        <source>离站交接时的身体和精神状况、随带药品</source>
        <translation>Physical and mental state at the handover, medicines taken along</translation>
    </message>
    <message>
        <source>离站时健康状况</source>
        <translation>Health at departure</translation>
    </message>
    <message>
        <source>接领人（核实身份）</source>
        <translation>Relative collecting the person (identity checked)</translation>
    </message>
    <message>
        <source>例如：女儿、丈夫、哥哥</source>
        <translation>e.g. daughter, husband, elder brother</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>与受助人员关系</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>已核验证件</source>
        <translation>Documents checked</translation>
    </message>
    <message>
        <source>护送返乡</source>
        <translation>Escorted home</translation>
    </message>
    <message>
        <source>两名以上，用逗号分开</source>
        <translation>Two or more, separated by commas</translation>
    </message>
    <message>
        <source>车牌号，或火车 / 汽车班次和票号</source>
        <translation>Car plate, or train / coach and ticket numbers</translation>
    </message>
    <message>
        <source>接收的救助站、机构或家属</source>
        <translation>Receiving station, institution or family</translation>
    </message>
    <message>
        <source>签收人姓名</source>
        <translation>Name of the person who signed for them</translation>
    </message>
    <message>
        <source>护送人员</source>
        <translation>Escorts</translation>
    </message>
    <message>
        <source>车辆 / 票据</source>
        <translation>Vehicle / tickets</translation>
    </message>
    <message>
        <source>路线</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>出发时间</source>
        <translation>Set off at</translation>
    </message>
    <message>
        <source>到达时间</source>
        <translation>Arrived at</translation>
    </message>
    <message>
        <source>接收方</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>交接人</source>
        <translation>Handed to</translation>
    </message>
    <message>
        <source>交接时间</source>
        <translation>Handed over at</translation>
    </message>
    <message>
        <source>（无需批准）</source>
        <translation>(no approval needed)</translation>
    </message>
    <message>
        <source>（请选择批准的站长）</source>
        <translation>(choose the approving director)</translation>
    </message>
    <message>
        <source>{name}（尚未设置自己的密码，不能批准）</source>
        <translation>{name} (has not set their own password: cannot approve)</translation>
    </message>
    <message>
        <source>批准人（站长）</source>
        <translation>Approved by (director)</translation>
    </message>
    <message>
        <source>本站还没有可以批准的站长账号：请管理员在“账号 → 账号管理”中为站长建立账号，站长本人登录并设置自己的密码后，即可在此输入密码确认批准。</source>
        <translation>No director account here can approve yet: an administrator creates one under Account → Manage accounts; once the director has logged in and set their own password, they confirm here with it.</translation>
    </message>
    <message>
        <source>由批准的站长本人输入（不能批准自己办理的离站）</source>
        <translation>Typed by the approving director (nobody approves a departure they record)</translation>
    </message>
    <message>
        <source>站长确认密码</source>
        <translation>Director&apos;s confirmation</translation>
    </message>
    <message>
        <source>本人已签署《自行离站声明书》</source>
        <translation>The person signed the declaration of leaving of their own will</translation>
    </message>
    <message>
        <source>发放的现金或乘车凭证金额（元），没有则不填</source>
        <translation>Cash or travel voucher handed out (yuan); blank if none</translation>
    </message>
    <message>
        <source>现金 / 车票</source>
        <translation>Cash / ticket</translation>
    </message>
    <message>
        <source>领取凭证编号</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>交还给谁（本人或接领人姓名）</source>
        <translation>Returned to whom (the person or the relative)</translation>
    </message>
    <message>
        <source>保管物品（{n} 件）</source>
        <translation>Belongings in custody ({n})</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>交接给的亲属（交给家属时填写）</source>
        <translation>Relative handed to (when handed to family)</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>未找到可嵌入的中文字体，文书使用内置字体 STSong-Light（未嵌入，部分电脑上可能无法显示）。请安装中文 TrueType 字体：Linux 上安装 fonts-wqy-microhei，Windows 自带微软雅黑或宋体。</source>
        <translation>No Chinese font that can be embedded was found; the documents use the built-in STSong-Light (not embedded: some computers may not show it). Install a Chinese TrueType font: fonts-wqy-microhei on Linux; Windows has Microsoft YaHei or SimSun.</translation>
    </message>
    <message>
        <source>照片 {file} 无法读取，文书中留出了照片框</source>
        <translation>The photo {file} cannot be read; the document has an empty photo box</translation>
    </message>
</context>
<context>
    <name>EarlierStayDialog</name>
    <message>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>上次入站</source>
        <translation>Last admitted</translation>
    </message>
    <message>
        <source>相似程度</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>此人可能以前来过</source>
        <translation>This person may have been here before</translation>
    </message>
    <message>
        <source>保存前已与站内历史人员的照片比对，下列人员与此人相似。请核对照片和特征：如果是同一人，本次将作为再次入站登记到他（她）的档案，不新建档案；如果不是，登记为新人员。</source>
        <translation>Before saving, the photos were compared with the station&apos;s earlier residents, and the people below look similar. Check the photos and features: if it is the same person, this stay is registered as a repeat admission in their case file and no new file is made; if not, register a new person.</translation>
    </message>
    <message>
        <source>是同一人：再次入站登记</source>
        <translation>Same person: repeat admission</translation>
    </message>
    <message>
        <source>不是：登记为新人员</source>
        <translation>Not the same: new person</translation>
    </message>
    <message>
        <source>返回修改</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <source>（未填姓名）</source>
        <translation>(no name recorded)</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <source>编辑资料</source>
        <translation>Edit details</translation>
    </message>
</context>
<context>
    <name>EncodeStatus</name>
    <message>
        <source>后台编码名单照片…</source>
        <translation>Encoding list photos in the background…</translation>
    </message>
    <message>
        <source>后台编码名单照片：{done} / {total}</source>
        <translation>Encoding list photos in the background: {done} / {total}</translation>
    </message>
    <message>
        <source>正在暂停（当前照片编完即停）…</source>
        <translation>Pausing (after the current photo)…</translation>
    </message>
    <message>
        <source>名单照片编码已暂停，还剩 {n} 张；可在名单页继续。</source>
        <translation>List photo encoding paused, {n} left; continue from the lists page.</translation>
    </message>
    <message>
        <source>名单照片编码完成：{n} 张。</source>
        <translation>List photos encoded: {n}.</translation>
    </message>
    <message>
        <source>名单照片编码未完成：{reason}</source>
        <translation>List photo encoding not finished: {reason}</translation>
    </message>
</context>
<context>
    <name>EndPlacementDialog</name>
    <message>
        <source>结束当前安置</source>
        <translation>End the current placement</translation>
    </message>
    <message>
        <source>例如：病情稳定出院，返回站内</source>
        <translation>e.g. discharged in a stable condition, back to the station</translation>
    </message>
    <message>
        <source>元（不填则不变）</source>
        <translation>yuan (blank: unchanged)</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>费用</source>
        <translation>Cost</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>无法完成操作</source>
        <translation>Cannot complete the action</translation>
    </message>
</context>
<context>
    <name>FacePickerDialog</name>
    <message>
        <source>选择人脸</source>
        <translation>Choose a face</translation>
    </message>
    <message>
        <source>照片中有 {n} 张人脸，请选择要比对的那一张（从大到小排列）。</source>
        <translation>The photo shows {n} faces: choose the one to search with (largest first).</translation>
    </message>
</context>
<context>
    <name>Factor</name>
    <message>
        <source>性别相同</source>
        <translation>Same sex</translation>
    </message>
    <message>
        <source>性别不符（本人{mine}，对方{theirs}）</source>
        <translation>Sex differs (this person {mine}, candidate {theirs})</translation>
    </message>
    <message>
        <source>一方性别不详，不影响排序</source>
        <translation>Sex unknown on one side; does not affect the rank</translation>
    </message>
    <message>
        <source>年龄相符（本人约 {mine} 岁，对方此时约 {theirs} 岁）</source>
        <translation>Age fits (this person about {mine}, candidate now about {theirs})</translation>
    </message>
    <message>
        <source>年龄相差约 {gap} 岁（本人约 {mine} 岁，对方此时约 {theirs} 岁）</source>
        <translation>Ages differ by about {gap} years (this person about {mine}, candidate now about {theirs})</translation>
    </message>
    <message>
        <source>一方年龄不详，不影响排序</source>
        <translation>Age unknown on one side; does not affect the rank</translation>
    </message>
    <message>
        <source>身高相近（{mine} 厘米 / {theirs} 厘米）</source>
        <translation>Similar height ({mine} cm / {theirs} cm)</translation>
    </message>
    <message>
        <source>身高相差 {gap} 厘米（{mine} 厘米 / {theirs} 厘米）</source>
        <translation>Heights differ by {gap} cm ({mine} cm / {theirs} cm)</translation>
    </message>
    <message>
        <source>对方身高是未成年时所记，不作比较</source>
        <translation>The candidate&apos;s height was recorded as a child; not compared</translation>
    </message>
    <message>
        <source>走失（{lost}）在本人被发现（{found}）之前</source>
        <translation>Went missing ({lost}) before this person was found ({found})</translation>
    </message>
    <message>
        <source>对方走失日期（{lost}）晚于本人被发现日期（{found}），可能性较低</source>
        <translation>Went missing ({lost}) after this person was found ({found}); less likely</translation>
    </message>
    <message>
        <source>地点相近（{mine} / {theirs}）</source>
        <translation>Places close ({mine} / {theirs})</translation>
    </message>
    <message>
        <source>对方有 {n} 张照片，按这些照片的平均特征比对</source>
        <translation>The candidate has {n} photos; compared by their mean encoding</translation>
    </message>
    <message>
        <source>本人有 {n} 张照片，按这些照片的平均特征比对</source>
        <translation>This person has {n} photos; compared by their mean encoding</translation>
    </message>
    <message>
        <source>本人 {mine} 张、对方 {n} 张照片，各按平均特征比对</source>
        <translation>{mine} photos of this person and {n} of the candidate; each side compared by its mean encoding</translation>
    </message>
    <message>
        <source>跨年龄：一张照片摄于约 {child} 岁，一张摄于约 {adult} 岁。童年与成年的脸相差很大，按跨年龄的阈值分档，人脸相似度只作参考</source>
        <translation>Across ages: one photo was taken at about {child}, the other at about {adult}. A child&apos;s face differs greatly from the adult&apos;s; the band follows the cross-age limits and the face similarity is only a hint</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>连接共享数据库…</source>
        <translation>Join a shared database…</translation>
    </message>
    <message>
        <source>创建管理员账号</source>
        <translation>Create administrator account</translation>
    </message>
    <message>
        <source>这是一个新的工作站数据库。请先创建第一个管理员账号，之后可用它为其他工作人员开设账号。</source>
        <translation>This is a new station database. Create the first administrator account; it can then open accounts for other staff.</translation>
    </message>
    <message>
        <source>例如：王站长</source>
        <translation>e.g. Director Wang</translation>
    </message>
    <message>
        <source>至少 {n} 个字符，含字母和数字</source>
        <translation>at least {n} characters, letters and digits</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>确认密码</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <source>创建并登录</source>
        <translation>Create and log in</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>Identification</name>
    <message>
        <source>第 {row} 行</source>
        <translation>row {row}</translation>
    </message>
</context>
<context>
    <name>IdentifyDialog</name>
    <message>
        <source>身份查明</source>
        <translation>Identity found</translation>
    </message>
    <message>
        <source>勾选的项目写入档案（可以修改）；同时记录一次结果为“已确认”的寻亲，并把此人标为身份已查明。</source>
        <translation>Ticked facts go into the case file (you may correct them); a family-search attempt with the result &quot;confirmed&quot; is recorded and the person is marked as identified.</translation>
    </message>
    <message>
        <source>填写查明的情况：勾选的项目写入档案；同时记录一次结果为“已确认”的寻亲，并把此人标为身份已查明。</source>
        <translation>Fill in what was found: ticked facts go into the case file; a family-search attempt with the result &quot;confirmed&quot; is recorded and the person is marked as identified.</translation>
    </message>
    <message>
        <source>真实姓名</source>
        <translation>True name</translation>
    </message>
    <message>
        <source>原来的姓名“{name}”记为</source>
        <translation>Keep the name &quot;{name}&quot; as</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>户籍地</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <source>亲属姓名、关系和电话</source>
        <translation>Relative&apos;s name, relationship and phone</translation>
    </message>
    <message>
        <source>家属联系方式</source>
        <translation>Family contact</translation>
    </message>
    <message>
        <source>例如：某某名单、市公安局、家属来电</source>
        <translation>e.g. the list&apos;s name, city police, a call from the family</translation>
    </message>
    <message>
        <source>名单中的编号、比对回执号等</source>
        <translation>Number in the list, comparison receipt number…</translation>
    </message>
    <message>
        <source>例如：儿子看照片确认，约定下周来站接回</source>
        <translation>e.g. the son recognised the photo; will collect him next week</translation>
    </message>
    <message>
        <source>查明方式</source>
        <translation>Identified by</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>渠道 / 单位</source>
        <translation>Channel / agency</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>情况说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>采用</source>
        <translation>Take</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>现为：{value}</source>
        <translation>now: {value}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>导入走失人员名单</source>
        <translation>Import a missing-person list</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>照片文件名所在的文件夹</source>
        <translation>Folder holding the photo files</translation>
    </message>
    <message>
        <source>选择文件夹…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>作为新名单导入</source>
        <translation>Import as a new list</translation>
    </message>
    <message>
        <source>更新名单：{name}</source>
        <translation>Update list: {name}</translation>
    </message>
    <message>
        <source>名单文件</source>
        <translation>List file</translation>
    </message>
    <message>
        <source>照片文件夹</source>
        <translation>Photo folder</translation>
    </message>
    <message>
        <source>名单名称</source>
        <translation>List name</translation>
    </message>
    <message>
        <source>导入方式</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>列对应（已按列名自动选择，请核对）</source>
        <translation>Columns (chosen from the column names; please check)</translation>
    </message>
    <message>
        <source>照片文件名（可多列）</source>
        <translation>Photo file names (several columns allowed)</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>前几行预览</source>
        <translation>First rows</translation>
    </message>
    <message>
        <source>选择名单文件</source>
        <translation>Choose a list file</translation>
    </message>
    <message>
        <source>名单 (*.csv *.xlsx *.txt *.tsv *.xml)</source>
        <translation>Lists (*.csv *.xlsx *.txt *.tsv *.xml)</translation>
    </message>
    <message>
        <source>选择照片文件夹</source>
        <translation>Choose the photo folder</translation>
    </message>
    <message>
        <source>无法读取名单</source>
        <translation>Cannot read the list</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>已沿用上次导入相同列名文件时的对应。</source>
        <translation>Using the columns chosen last time for a file with the same column names.</translation>
    </message>
    <message>
        <source>请填写名单名称</source>
        <translation>Please enter a name for the list</translation>
    </message>
    <message>
        <source>请至少为“姓名”或“照片文件名”选择一列</source>
        <translation>Choose a column at least for “Name” or “Photo file names”</translation>
    </message>
    <message>
        <source>照片文件夹 {folder} 不存在</source>
        <translation>The photo folder {folder} does not exist</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>“{value}”不是可识别的日期，已留空</source>
        <translation>“{value}” is not a date Station can read; left blank</translation>
    </message>
    <message>
        <source>“{value}”不是可识别的性别，已记为不详</source>
        <translation>“{value}” is not a sex Station can read; recorded as unknown</translation>
    </message>
    <message>
        <source>“{value}”不是可识别的年龄，已留空</source>
        <translation>“{value}” is not an age Station can read; left blank</translation>
    </message>
    <message>
        <source>“{value}”不是可识别的身高（厘米），已留空</source>
        <translation>“{value}” is not a height (cm) Station can read; left blank</translation>
    </message>
    <message>
        <source>该行既没有姓名也没有照片，已跳过</source>
        <translation>The row has neither a name nor a photo; skipped</translation>
    </message>
    <message>
        <source>与第 {row} 行编号相同（{key}），已跳过</source>
        <translation>Same record number as row {row} ({key}); skipped</translation>
    </message>
    <message>
        <source>照片文件“{name}”在照片文件夹中找不到</source>
        <translation>Photo file “{name}” is not in the photo folder</translation>
    </message>
    <message>
        <source>照片“{name}”是网络地址；Station 不从网络下载，请先下载到照片文件夹</source>
        <translation>Photo “{name}” is a web address; Station does not download, please save it into the photo folder first</translation>
    </message>
    <message>
        <source>未选择照片文件夹，照片“{name}”无法找到</source>
        <translation>No photo folder chosen; photo “{name}” cannot be found</translation>
    </message>
    <message>
        <source>照片“{name}”不在所选的照片文件夹内；为保护本机的其他文件，Station 只读取照片文件夹中的照片</source>
        <translation>The photo “{name}” is not inside the chosen photo folder; to protect the computer&apos;s other files, Station reads photos from the photo folder only</translation>
    </message>
    <message>
        <source>照片“{name}”是网络共享路径；Station 不打开名单指向的网络位置，请先复制到照片文件夹</source>
        <translation>The photo “{name}” is a network share path; Station does not open network locations a list names: copy it into the photo folder first</translation>
    </message>
    <message>
        <source>照片中有 {n} 张人脸，已使用最大的一张；如果那不是走失者本人，请换一张照片</source>
        <translation>The photo shows {n} faces; the largest was used. If that is not the missing person, use another photo</translation>
    </message>
    <message>
        <source>嵌入的照片（{name}）无法解码</source>
        <translation>The embedded photo ({name}) cannot be decoded</translation>
    </message>
    <message>
        <source>嵌入的照片（{name}）不是可用的图片（已损坏、太小或格式不支持）</source>
        <translation>The embedded photo ({name}) is not a usable image (damaged, too small or an unsupported format)</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>“{field}”超过 {limit} 个字（有 {length} 个），已截断</source>
        <translation>“{field}” is longer than {limit} characters ({length}); cut</translation>
    </message>
    <message>
        <source>编号超过 {limit} 个字（有 {length} 个），无法作为记录编号，已跳过</source>
        <translation>The id is longer than {limit} characters ({length}) and cannot be a record id; row skipped</translation>
    </message>
    <message>
        <source>照片引用超过 {limit} 个字（有 {length} 个），不能是文件名，已忽略</source>
        <translation>The photo reference is longer than {limit} characters ({length}) and cannot be a file name; ignored</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>人员 / 候选人</source>
        <translation>Resident / candidate</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>相似程度</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>人脸距离</source>
        <translation>Face distance</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>核对所选…</source>
        <translation>Review selected…</translation>
    </message>
    <message>
        <source>都不是…</source>
        <translation>None of these…</translation>
    </message>
    <message>
        <source>所选人员的候选人都不是他：一次排除，填写一个理由</source>
        <translation>None of the selected resident&apos;s candidates is him: exclude them all at once, with one reason</translation>
    </message>
    <message>
        <source>打开档案</source>
        <translation>Open case file</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Station 会自动把身份未查明的在站人员与所有名单和站内历史人员比对（导入名单、新增照片后，以及每隔一段时间）。结果仅供参考：每一位候选人都须由工作人员核对后判断。</source>
        <translation>Station compares every unidentified resident in care with every list and the station&apos;s own history by itself (after a list is imported or a photo added, and every little while). Results are suggestions only: a member of staff reviews and decides every candidate.</translation>
    </message>
    <message>
        <source>{n} 名候选人</source>
        <translation>{n} candidate(s)</translation>
    </message>
    <message>
        <source>（未填姓名）</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>{n} 名候选人等待核对（{p} 人）</source>
        <translation>{n} candidate(s) waiting for review ({p} resident(s))</translation>
    </message>
    <message>
        <source>没有等待核对的候选人。</source>
        <translation>No candidates waiting for review.</translation>
    </message>
    <message>
        <source>都不是</source>
        <translation>None of these</translation>
    </message>
    <message>
        <source>{name} 的 {n} 名候选人都不是他本人。理由：</source>
        <translation>None of the {n} candidate(s) of {name} is this person. Reason:</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>衣着颜色、款式、鞋子</source>
        <translation>Colours and style of clothes, shoes</translation>
    </message>
    <message>
        <source>意识、伤病、精神状态、是否需要送医</source>
        <translation>Consciousness, injuries, mental state, whether hospital care is needed</translation>
    </message>
    <message>
        <source>已知</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>例如：火车站南广场候车区</source>
        <translation>e.g. south square of the railway station</translation>
    </message>
    <message>
        <source>单位及经办人，例如：站前派出所 刘警官</source>
        <translation>Organisation and person, e.g. Station Square police, Officer Liu</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>入站情况</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>发现时间</source>
        <translation>Found at</translation>
    </message>
    <message>
        <source>发现地点</source>
        <translation>Found where</translation>
    </message>
    <message>
        <source>入站时间</source>
        <translation>Admitted at</translation>
    </message>
    <message>
        <source>送站人</source>
        <translation>Brought by</translation>
    </message>
    <message>
        <source>送站单位 / 姓名</source>
        <translation>Brought by (organisation / name)</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>衣着</source>
        <translation>Clothing</translation>
    </message>
    <message>
        <source>入站健康状况</source>
        <translation>Health on arrival</translation>
    </message>
    <message>
        <source>危重（需立即送医）</source>
        <translation>Critical (needs hospital at once)</translation>
    </message>
    <message>
        <source>特殊群体</source>
        <translation>Special groups</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>随身物品（代为保管）</source>
        <translation>Belongings (in custody)</translation>
    </message>
    <message>
        <source>保存登记</source>
        <translation>Save intake</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>清空表单</source>
        <translation>Clear form</translation>
    </message>
    <message>
        <source>再次入站：{name}（上次案件编号 {case}）。个人资料沿用档案，如需修改请在档案页点“编辑资料”。</source>
        <translation>Repeat admission: {name} (last case number {case}). The person&apos;s details come from the case file; to change them use &quot;Edit details&quot; there.</translation>
    </message>
    <message>
        <source>未保存：请改正标红的 {n} 处</source>
        <translation>Not saved: please correct the {n} places marked in red</translation>
    </message>
    <message>
        <source>查找以前的登记</source>
        <translation>Looking for earlier stays</translation>
    </message>
    <message>
        <source>正在把照片与站内历史人员比对…</source>
        <translation>Comparing the photos with the station&apos;s earlier residents…</translation>
    </message>
    <message>
        <source>清空后已填写的内容将丢失，确定清空吗？</source>
        <translation>Everything entered will be lost. Clear the form?</translation>
    </message>
    <message>
        <source>放弃登记？</source>
        <translation>Discard intake?</translation>
    </message>
    <message>
        <source>入站登记表还没有保存，关闭后填写的内容将丢失。确定关闭吗？</source>
        <translation>The intake form has not been saved; what was entered will be lost. Close it?</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已完成 {done}/{total}，预计还需 {time}</source>
        <translation>{done}/{total} done, about {time} left</translation>
    </message>
    <message>
        <source>已完成 {done}/{total}</source>
        <translation>{done}/{total} done</translation>
    </message>
    <message>
        <source>正在停止，已完成的部分会保留…</source>
        <translation>Stopping; what is done is kept…</translation>
    </message>
    <message>
        <source>{n} 秒</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} 分钟</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{h} 小时 {m} 分钟</source>
        <translation>{h} h {m} min</translation>
    </message>
</context>
<context>
    <name>LimitsPanel</name>
    <message>
        <source>档次</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>距离上限</source>
        <translation>Distance up to</translation>
    </message>
    <message>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>已排除</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>0（不标此档）</source>
        <translation>0 (never this band)</translation>
    </message>
    <message>
        <source>采用建议值</source>
        <translation>Use the suggestion</translation>
    </message>
    <message>
        <source>其余</source>
        <translation>the rest</translation>
    </message>
    <message>
        <source>不标此档</source>
        <translation>never this band</translation>
    </message>
    <message>
        <source>已排除的候选人还不够多（{n} 个，至少需要 {min} 个），暂无建议值。</source>
        <translation>Too few excluded candidates yet ({n}; at least {min} needed) to suggest limits.</translation>
    </message>
    <message>
        <source>建议值（由 {n} 个排除判断得出，使 1% / 5% / 20% 的已排除者落在各档以内）：{strong:.3f} / {possible:.3f} / {weak:.3f}</source>
        <translation>Suggested (from {n} exclusions, letting 1 % / 5 % / 20 % of them within each band): {strong:.3f} / {possible:.3f} / {weak:.3f}</translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <source>编号</source>
        <translation>Record number</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>走失时年龄</source>
        <translation>Age when missing</translation>
    </message>
    <message>
        <source>走失日期</source>
        <translation>Date missing</translation>
    </message>
    <message>
        <source>走失地点</source>
        <translation>Place missing</translation>
    </message>
    <message>
        <source>户籍地 / 家庭住址</source>
        <translation>Household registration / home address</translation>
    </message>
    <message>
        <source>身高</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>体貌特征</source>
        <translation>Features</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>照片文件名</source>
        <translation>Photo file names</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>名单</source>
        <translation>List</translation>
    </message>
    <message>
        <source>来源文件</source>
        <translation>Source file</translation>
    </message>
    <message>
        <source>记录数</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>待编码照片</source>
        <translation>Photos to encode</translation>
    </message>
    <message>
        <source>导入/更新时间</source>
        <translation>Imported / updated</translation>
    </message>
    <message>
        <source>导入名单…</source>
        <translation>Import a list…</translation>
    </message>
    <message>
        <source>继续编码照片</source>
        <translation>Continue encoding photos</translation>
    </message>
    <message>
        <source>导出 PFIF…</source>
        <translation>Export PFIF…</translation>
    </message>
    <message>
        <source>把选中的名单导出为 PFIF 1.4 XML 文件，交给其他救助站或寻亲平台</source>
        <translation>Export the selected list as a PFIF 1.4 XML file for another station or a family-search platform</translation>
    </message>
    <message>
        <source>删除名单…</source>
        <translation>Delete list…</translation>
    </message>
    <message>
        <source>{n}（导入未完成）</source>
        <translation>{n} (import unfinished)</translation>
    </message>
    <message>
        <source>{n}（导入已停止）</source>
        <translation>{n} (import stopped)</translation>
    </message>
    <message>
        <source>上次导入没有读完文件。再次导入同一文件会接着完成这份名单。</source>
        <translation>The last import did not read the whole file. Importing the same file again completes this list.</translation>
    </message>
    <message>
        <source>正在后台编码，见状态栏</source>
        <translation>Encoding in the background; see the status bar</translation>
    </message>
    <message>
        <source>共 {n} 份名单；{p} 张照片尚未编码，编码前不参与比对。</source>
        <translation>{n} lists; {p} photos not yet encoded (not searched until encoded).</translation>
    </message>
    <message>
        <source>共 {n} 份名单。</source>
        <translation>{n} lists.</translation>
    </message>
    <message>
        <source>导入名单</source>
        <translation>Import a list</translation>
    </message>
    <message>
        <source>正在读取 {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>编码照片</source>
        <translation>Encode photos</translation>
    </message>
    <message>
        <source>正在识别并编码名单照片中的人脸（可随时取消，下次从中断处继续）</source>
        <translation>Finding and encoding the faces in the list&apos;s photos (cancel at any time; it resumes where it stopped)</translation>
    </message>
    <message>
        <source>导出 PFIF</source>
        <translation>Export PFIF</translation>
    </message>
    <message>
        <source>请先在表中选择一份名单。</source>
        <translation>Select a list in the table first.</translation>
    </message>
    <message>
        <source>PFIF 文件 (*.xml)</source>
        <translation>PFIF files (*.xml)</translation>
    </message>
    <message>
        <source>导出的文件含有人员的个人信息和照片，请只交给有权使用的单位并妥善保管。
照片怎样导出？</source>
        <translation>The exported file contains personal data and photos: give it only to organisations entitled to use it and keep it safe.
How should the photos be exported?</translation>
    </message>
    <message>
        <source>嵌入 XML 文件（一个文件）</source>
        <translation>Embedded in the XML (one file)</translation>
    </message>
    <message>
        <source>放在旁边的文件夹</source>
        <translation>In a folder beside it</translation>
    </message>
    <message>
        <source>正在写入 {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
    <message>
        <source>已导出 {n} 人到 {file}。</source>
        <translation>Exported {n} persons to {file}.</translation>
    </message>
    <message>
        <source>删除名单</source>
        <translation>Delete list</translation>
    </message>
    <message>
        <source>确定删除名单“{name}”及其全部记录和比对结果吗？此操作不能撤销，会记入审计。</source>
        <translation>Delete the list “{name}” with all its records and match results? This cannot be undone and is recorded in the audit trail.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>已锁定 — 救助寻亲工作站</source>
        <translation>Locked — Station</translation>
    </message>
    <message>
        <source>工作站已锁定（{minutes} 分钟无操作或手动锁定）。{name}，请输入密码继续。</source>
        <translation>The workstation is locked (after {minutes} idle minutes, or by hand). {name}, enter your password to continue.</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>退出程序</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录 — 救助寻亲工作站</source>
        <translation>Log in — Rescue Station</translation>
    </message>
    <message>
        <source>请用您的工作人员账号登录。每一项修改都会记在您的名下。</source>
        <translation>Log in with your staff account. Every change is recorded under your name.</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>救助寻亲工作站</source>
        <translation>Rescue Station</translation>
    </message>
    <message>
        <source>在站人员</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>待办事项</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>比对待审</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>当前用户：{name}（{role}）</source>
        <translation>Logged in: {name} ({role})</translation>
    </message>
    <message>
        <source>案件(&amp;C)</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <source>入站登记(&amp;N)</source>
        <translation>&amp;New intake</translation>
    </message>
    <message>
        <source>查找人员(&amp;F)</source>
        <translation>&amp;Find person</translation>
    </message>
    <message>
        <source>关闭当前页(&amp;W)</source>
        <translation>Close tab (&amp;W)</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>本站信息…</source>
        <translation>Station information…</translation>
    </message>
    <message>
        <source>期限规则与工作日历…</source>
        <translation>Deadline rules and calendar…</translation>
    </message>
    <message>
        <source>比对阈值…</source>
        <translation>Match thresholds…</translation>
    </message>
    <message>
        <source>备份与恢复…</source>
        <translation>Backup and restore…</translation>
    </message>
    <message>
        <source>数据库连接…</source>
        <translation>Database connection…</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>工作(&amp;W)</source>
        <translation>&amp;Work</translation>
    </message>
    <message>
        <source>待办事项(&amp;T)</source>
        <translation>&amp;To do</translation>
    </message>
    <message>
        <source>在站情况(&amp;B)</source>
        <translation>Who is &amp;where</translation>
    </message>
    <message>
        <source>统计报表(&amp;R)</source>
        <translation>Statistics &amp;report</translation>
    </message>
    <message>
        <source>审计记录…</source>
        <translation>Audit trail…</translation>
    </message>
    <message>
        <source>比对(&amp;M)</source>
        <translation>&amp;Matching</translation>
    </message>
    <message>
        <source>照片比对(&amp;P)</source>
        <translation>&amp;Photo search</translation>
    </message>
    <message>
        <source>走失人员名单(&amp;L)</source>
        <translation>Missing-person &amp;lists</translation>
    </message>
    <message>
        <source>账号(&amp;A)</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>修改密码…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>锁定屏幕</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <source>账号管理…</source>
        <translation>Accounts…</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于 Station</source>
        <translation>About Station</translation>
    </message>
    <message>
        <source>数据库暂时无法连接（{reason}）。恢复后会自动继续；这期间的保存不会成功。</source>
        <translation>The database cannot be reached just now ({reason}). Station carries on by itself when it is back; saving will not work until then.</translation>
    </message>
    <message>
        <source>数据库已恢复连接。</source>
        <translation>The database is reachable again.</translation>
    </message>
    <message>
        <source>自动比对发现 {n} 名新的候选人，请在“比对待审”中核对。</source>
        <translation>The automatic comparison found {n} new candidate(s): review them under &quot;To review&quot;.</translation>
    </message>
    <message>
        <source>比对待审（{n}）</source>
        <translation>To review ({n})</translation>
    </message>
    <message>
        <source>数据库连接</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <source>已保存。重新打开 Station 后使用新的数据库。</source>
        <translation>Saved. Station uses the new database when it is opened again.</translation>
    </message>
    <message>
        <source>已自动备份到 {path}</source>
        <translation>Backed up automatically to {path}</translation>
    </message>
    <message>
        <source>自动备份未完成：{reason}</source>
        <translation>Automatic backup not finished: {reason}</translation>
    </message>
    <message>
        <source>恢复未完成</source>
        <translation>Restore not finished</translation>
    </message>
    <message>
        <source>已恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>已用备份恢复。恢复前的数据保存在 {path}。请重新打开 Station。</source>
        <translation>Restored from the backup. The data from before is kept in {path}. Please open Station again.</translation>
    </message>
    <message>
        <source>无法完成操作</source>
        <translation>Cannot do this</translation>
    </message>
    <message>
        <source>入站登记</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>照片比对</source>
        <translation>Photo search</translation>
    </message>
    <message>
        <source>走失人员名单</source>
        <translation>Missing-person lists</translation>
    </message>
    <message>
        <source>在站情况</source>
        <translation>Who is where</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>已合并两份档案</source>
        <translation>The two records were merged</translation>
    </message>
    <message>
        <source>寻亲公告</source>
        <translation>Family-search announcement</translation>
    </message>
    <message>
        <source>此人此前已有登记记录，已作为再次入站登记到同一人。案件编号：{case}</source>
        <translation>This person was on record already; registered as a repeat admission of the same person. Case number: {case}</translation>
    </message>
    <message>
        <source>已登记，案件编号：{case}</source>
        <translation>Registered, case number: {case}</translation>
    </message>
    <message>
        <source>界面语言将在下次启动 Station 时生效。</source>
        <translation>The interface language changes the next time Station starts.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>合并重复档案</source>
        <translation>Merge duplicate records</translation>
    </message>
    <message>
        <source>同一个人登记了两份档案时，把另一份并入本档案（{name}）：入站记录、照片、物品、安置与寻亲记录、文书都归入本档案；本档案缺少的资料从另一份补上。</source>
        <translation>When one person was registered twice, merge the other record into this one ({name}): its stays, photos, belongings, placements, family-search records and documents all come to this record, and what this record lacks is taken from the other.</translation>
    </message>
    <message>
        <source>另一份档案的入站编号，如 2026-000123</source>
        <translation>Case number of the other record, e.g. 2026-000123</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>&lt;b&gt;本档案（保留）&lt;/b&gt;</source>
        <translation>&lt;b&gt;This record (kept)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;另一份档案（并入）&lt;/b&gt;</source>
        <translation>&lt;b&gt;The other record (merged in)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>合并理由（必填），如：照片比对确认、家属辨认</source>
        <translation>Reason for merging (required), e.g. confirmed by photo search, identified by family</translation>
    </message>
    <message>
        <source>合并到本档案</source>
        <translation>Merge into this record</translation>
    </message>
    <message>
        <source>暂无照片</source>
        <translation>No photo yet</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生 / 年龄</source>
        <translation>Born / age</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>入站编号</source>
        <translation>Case numbers</translation>
    </message>
    <message>
        <source>两份档案记录的性别不同：请特别核实确是同一人（或哪一份记错了），填写理由后再合并。</source>
        <translation>The two records give different sexes: check with particular care that they are the same person (or which record is wrong), then give a reason and merge.</translation>
    </message>
    <message>
        <source>请核对两份档案确是同一人，填写理由后合并。</source>
        <translation>Check that both records are the same person, give a reason, then merge.</translation>
    </message>
    <message>
        <source>合并后另一份档案不再单独出现，它的全部记录归入本档案。合并不能自动撤销（审计记录保留合并前两份档案的内容）。确定合并吗？</source>
        <translation>After merging, the other record no longer appears on its own; all its records belong to this one. A merge cannot be undone automatically (the audit trail keeps both records as they were before). Merge now?</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>添加名字</source>
        <translation>Add a name</translation>
    </message>
    <message>
        <source>选择“查明的真实姓名”或“落户后正式姓名”时，此名字成为此人的姓名，原来的姓名按下面的选择保留。</source>
        <translation>With &quot;True name, found&quot; or &quot;Official name after settlement&quot; this name becomes the person&apos;s name; the name before it is kept as chosen below.</translation>
    </message>
    <message>
        <source>名字</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>How known</translation>
    </message>
    <message>
        <source>原来的姓名“{name}”记为</source>
        <translation>Keep the name &quot;{name}&quot; as</translation>
    </message>
    <message>
        <source>原来的姓名记为</source>
        <translation>Keep the name before as</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>新建账号</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>临时密码；本人首次登录时须修改</source>
        <translation>temporary; the holder changes it at the first login</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>临时密码</source>
        <translation>Temporary password</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>不知道可不填，将显示为“无名氏+案件编号”</source>
        <translation>Leave empty if unknown; shown as &quot;Unidentified&quot; + case number</translation>
    </message>
    <message>
        <source>这是工作人员起的代称，不是本人的姓名</source>
        <translation>This is a name the staff gave, not the person&apos;s own</translation>
    </message>
    <message>
        <source>自称的名字、音近名、绰号，用逗号分隔</source>
        <translation>Self-reported names, sound-alike names, nicknames, separated by commas</translation>
    </message>
    <message>
        <source>出生日期已知</source>
        <translation>Birth date known</translation>
    </message>
    <message>
        <source>不详</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source> 岁</source>
        <translation> yrs</translation>
    </message>
    <message>
        <source>18 位，最后一位可为 X</source>
        <translation>18 characters, the last may be X</translation>
    </message>
    <message>
        <source>自述或推断的籍贯、来源地</source>
        <translation>Native place or origin, stated or inferred</translation>
    </message>
    <message>
        <source>亲属姓名、关系和电话</source>
        <translation>Relative&apos;s name, relationship and phone</translation>
    </message>
    <message>
        <source>例如：河南口音、粤语、无法交流</source>
        <translation>e.g. Henan accent, Cantonese, cannot communicate</translation>
    </message>
    <message>
        <source>未测量</source>
        <translation>Not measured</translation>
    </message>
    <message>
        <source> 厘米</source>
        <translation> cm</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>疤痕、胎记、纹身、残疾、牙齿、发型等可辨认的特征</source>
        <translation>Scars, birthmarks, tattoos, disabilities, teeth, hair: anything that identifies</translation>
    </message>
    <message>
        <source>精神障碍</source>
        <translation>Mental illness</translation>
    </message>
    <message>
        <source>智力障碍</source>
        <translation>Intellectual disability</translation>
    </message>
    <message>
        <source>肢体残疾</source>
        <translation>Physical disability</translation>
    </message>
    <message>
        <source>需从严处理：不适用 10 天救助期限，离站须交给核实过的亲属或机构</source>
        <translation>Stricter handling: the 10-day stay does not apply; release only to a verified relative or institution</translation>
    </message>
    <message>
        <source>身份信息</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>别名 / 曾用名</source>
        <translation>Aliases / former names</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>估计年龄</source>
        <translation>Estimated age</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>籍贯 / 来源地</source>
        <translation>Native place / origin</translation>
    </message>
    <message>
        <source>户籍地</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <source>家属联系方式</source>
        <translation>Family contact</translation>
    </message>
    <message>
        <source>方言口音</source>
        <translation>Dialect / accent</translation>
    </message>
    <message>
        <source>体貌特征</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>身高</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>体型</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>特征描述</source>
        <translation>Distinguishing features</translation>
    </message>
    <message>
        <source>特殊情况</source>
        <translation>Special needs</translation>
    </message>
    <message>
        <source>出生日期 {date}，{sex}</source>
        <translation>Born {date}, {sex}</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>编辑资料</source>
        <translation>Edit details</translation>
    </message>
    <message>
        <source>添加照片…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>再次入站登记…</source>
        <translation>New admission of this person…</translation>
    </message>
    <message>
        <source>照片比对…</source>
        <translation>Photo search…</translation>
    </message>
    <message>
        <source>办理离站…</source>
        <translation>Departure…</translation>
    </message>
    <message>
        <source>添加名字…</source>
        <translation>Add a name…</translation>
    </message>
    <message>
        <source>身份查明…</source>
        <translation>Identity found…</translation>
    </message>
    <message>
        <source>公安、家属或其他途径查明了此人的身份：登记查明情况，写入真实姓名等信息</source>
        <translation>The police, the family or another channel established who this is: record it and write the true name and other facts</translation>
    </message>
    <message>
        <source>打印文书…</source>
        <translation>Print documents…</translation>
    </message>
    <message>
        <source>更多</source>
        <translation>More</translation>
    </message>
    <message>
        <source>合并重复档案…</source>
        <translation>Merge duplicate records…</translation>
    </message>
    <message>
        <source>基本情况</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>入站时间</source>
        <translation>Admitted at</translation>
    </message>
    <message>
        <source>发现时间</source>
        <translation>Found at</translation>
    </message>
    <message>
        <source>发现地点</source>
        <translation>Found where</translation>
    </message>
    <message>
        <source>送站人</source>
        <translation>Brought by</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>离站时间</source>
        <translation>Departed at</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>状况</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>接收</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>归还</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>归还所选物品…</source>
        <translation>Return selected items…</translation>
    </message>
    <message>
        <source>接收保管物品…</source>
        <translation>Take into custody…</translation>
    </message>
    <message>
        <source>入站后才交来或发现的物品、现金，记入本次入站的保管清单</source>
        <translation>Items or cash handed in or found after intake, added to this stay&apos;s custody list</translation>
    </message>
    <message>
        <source>入站记录</source>
        <translation>Stays</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>安置</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>寻亲</source>
        <translation>Family search</translation>
    </message>
    <message>
        <source>随身物品</source>
        <translation>Belongings</translation>
    </message>
    <message>
        <source>操作记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>{name}（代称）</source>
        <translation>{name} (placeholder name)</translation>
    </message>
    <message>
        <source>此人目前在站，离站后才能再次入站登记</source>
        <translation>This person is in the station now; a new admission is possible after departure</translation>
    </message>
    <message>
        <source>此人又来到救助站时，登记一次新的入站，记在同一人名下</source>
        <translation>When this person comes to the station again, register a new stay under the same record</translation>
    </message>
    <message>
        <source>案件编号 {case} · {status} · 共入站 {n} 次</source>
        <translation>Case {case} · {status} · {n} stay(s)</translation>
    </message>
    <message>
        <source>别名 / 曾用名</source>
        <translation>Aliases / former names</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source> 岁</source>
        <translation> yrs</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>籍贯 / 来源地</source>
        <translation>Native place / origin</translation>
    </message>
    <message>
        <source>户籍地</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <source>家属联系方式</source>
        <translation>Family contact</translation>
    </message>
    <message>
        <source>方言口音</source>
        <translation>Dialect / accent</translation>
    </message>
    <message>
        <source>身高</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>{n} 厘米</source>
        <translation>{n} cm</translation>
    </message>
    <message>
        <source>体型</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>特征描述</source>
        <translation>Distinguishing features</translation>
    </message>
    <message>
        <source>衣着</source>
        <translation>Clothing</translation>
    </message>
    <message>
        <source>入站健康状况</source>
        <translation>Health on arrival</translation>
    </message>
    <message>
        <source>送站单位 / 姓名</source>
        <translation>Brought by (organisation / name)</translation>
    </message>
    <message>
        <source>保管中</source>
        <translation>In custody</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <source>暂无照片</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>照片文件缺失、损坏或与登记时不符；
请运行 station check 并从备份恢复</source>
        <translation>The photo file is missing, damaged or no longer the one registered;
run station check and restore it from a backup</translation>
    </message>
    <message>
        <source>接收保管物品</source>
        <translation>Item taken into custody</translation>
    </message>
    <message>
        <source>此人目前不在站，无法接收保管物品。</source>
        <translation>This person is not in the station now; nothing can be taken into custody.</translation>
    </message>
    <message>
        <source>归还物品</source>
        <translation>Return belongings</translation>
    </message>
    <message>
        <source>请核对</source>
        <translation>Please check</translation>
    </message>
    <message>
        <source>数量 / 金额</source>
        <translation>Quantity / amount</translation>
    </message>
    <message>
        <source>这些内容双方都改了，表单中保留的是您填写的：{fields}</source>
        <translation>Both of you changed these; the form keeps what you entered: {fields}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <source>图片</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>请先在表中选择要归还的物品。</source>
        <translation>First select the items to return in the table.</translation>
    </message>
    <message>
        <source>领回人（本人或亲属姓名）：</source>
        <translation>Returned to (the person or a relative):</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>可把照片文件直接拖到这里</source>
        <translation>Photo files can be dropped here</translation>
    </message>
    <message>
        <source>添加照片…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>拍照…</source>
        <translation>Camera…</translation>
    </message>
    <message>
        <source>移除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <source>图片</source>
        <translation>Images</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>送医 / 安置</source>
        <translation>Hospital / placement</translation>
    </message>
    <message>
        <source>医院、福利院或机构的名称</source>
        <translation>Name of the hospital, welfare home or institution</translation>
    </message>
    <message>
        <source>已结束（补记以前的安置）</source>
        <translation>Already ended (recording an earlier placement)</translation>
    </message>
    <message>
        <source>送医原因、诊断或安置理由</source>
        <translation>Why: diagnosis or reason for the placement</translation>
    </message>
    <message>
        <source>元，例如 1200.50</source>
        <translation>yuan, e.g. 1200.50</translation>
    </message>
    <message>
        <source>护送的工作人员</source>
        <translation>Staff who escorted</translation>
    </message>
    <message>
        <source>去向</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>医院 / 机构</source>
        <translation>Hospital / institution</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>原因 / 诊断</source>
        <translation>Reason / diagnosis</translation>
    </message>
    <message>
        <source>费用</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>护送人员</source>
        <translation>Escort</translation>
    </message>
    <message>
        <source>结果 / 备注</source>
        <translation>Outcome / notes</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>打印文书</source>
        <translation>Print documents</translation>
    </message>
    <message>
        <source>生成（编号并存档）</source>
        <translation>Generate (numbered and archived)</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>用 PDF 阅读器打开</source>
        <translation>Open in the PDF viewer</translation>
    </message>
    <message>
        <source>原样重印所选</source>
        <translation>Reprint the selected one as it was</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>已打印（存档，可原样重印）</source>
        <translation>Printed (archived, can be reprinted as it was)</translation>
    </message>
    <message>
        <source>已生成 {number}，已存入档案。</source>
        <translation>{number} generated and kept in the case file.</translation>
    </message>
    <message>
        <source>重印 {number}（与存档一致）</source>
        <translation>Reprinted {number} (identical to the archived copy)</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <source>照片中没有找到人脸。请用正面、光线充足、脸部未遮挡的照片。</source>
        <translation>No face was found in the photo. Use a frontal, well-lit photo with the face uncovered.</translation>
    </message>
    <message>
        <source>照片中有 {n} 张人脸，请选择要比对的那一张。</source>
        <translation>The photo shows {n} faces; choose the one to compare.</translation>
    </message>
    <message>
        <source>人脸太小（约 {size} 像素，至少需要 {min} 像素）。请靠近拍摄或用更清晰的原图。</source>
        <translation>The face is too small (about {size} pixels, at least {min} needed). Take the photo closer or use a sharper original.</translation>
    </message>
    <message>
        <source>人脸模糊（清晰度 {value}，至少需要 {min}）。请重拍一张清晰的照片。</source>
        <translation>The face is blurred (sharpness {value}, at least {min} needed). Please take a sharp photo.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>导入结果</source>
        <translation>Import result</translation>
    </message>
    <message>
        <source>读取 {rows} 行：新增 {created}，更新 {updated}，未变 {unchanged}，跳过 {skipped}。</source>
        <translation>Read {rows} rows: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.</translation>
    </message>
    <message>
        <source>这个文件上次的导入没有完成：已接着导入原来的名单，没有另建一份。</source>
        <translation>The last import of this file did not finish: it was carried on into the same list; no second list was made.</translation>
    </message>
    <message>
        <source>导入已取消；再次导入同一文件会从头核对并补全，不会重复。</source>
        <translation>Import cancelled; importing the same file again checks and completes it without duplicates.</translation>
    </message>
    <message>
        <source>照片编码：成功 {ok}，失败 {failed}，尚余 {left}。</source>
        <translation>Photos encoded: {ok}, failed: {failed}, remaining: {left}.</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列 / 照片</source>
        <translation>Column / photo</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>保存问题清单…</source>
        <translation>Save the problem list…</translation>
    </message>
    <message>
        <source>保存问题清单</source>
        <translation>Save the problem list</translation>
    </message>
    <message>
        <source>导入问题.csv</source>
        <translation>import-problems.csv</translation>
    </message>
</context>
<context>
    <name>ResidentModel</name>
    <message>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>入站时间</source>
        <translation>Admitted at</translation>
    </message>
    <message>
        <source>在站天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ResidentPage</name>
    <message>
        <source>搜索姓名、别名、案件编号、身份证号或体貌特征（空格分隔多个词）</source>
        <translation>Search name, alias, case number, ID number or description (several words separated by spaces)</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>不限性别</source>
        <translation>Any sex</translation>
    </message>
    <message>
        <source>入站日期</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <source>入站登记</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>登记新入站人员 (Ctrl+N)</source>
        <translation>Register a new arrival (Ctrl+N)</translation>
    </message>
    <message>
        <source>共 {n} 人</source>
        <translation>{n} persons</translation>
    </message>
    <message>
        <source>没有符合条件的人员。可换个词，或把状态改为“全部”。</source>
        <translation>Nobody matches. Try another word, or set the status to &quot;All&quot;.</translation>
    </message>
    <message>
        <source>还没有人员记录。点“入站登记”或按 Ctrl+N 登记第一位。</source>
        <translation>No one is on record yet. Click &quot;Intake&quot; or press Ctrl+N to register the first person.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>核对候选人</source>
        <translation>Review candidate</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>This person</translation>
    </message>
    <message>
        <source>候选人</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>年龄（按本人被发现时）</source>
        <translation>Age (when this person was found)</translation>
    </message>
    <message>
        <source>照片摄于（年龄 / 日期）</source>
        <translation>Photo taken (age / date)</translation>
    </message>
    <message>
        <source>身高（厘米）</source>
        <translation>Height (cm)</translation>
    </message>
    <message>
        <source>日期（入站 / 走失）</source>
        <translation>Date (admitted / missing)</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>户籍地</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <source>体貌特征</source>
        <translation>Features</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>人脸距离 {distance:.3f}（{band}，越小越像）；综合 {score:.3f}</source>
        <translation>Face distance {distance:.3f} ({band}; smaller is more alike); overall {score:.3f}</translation>
    </message>
    <message>
        <source>判断</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>判断理由，例如：家属辨认照片；DNA 比对不符；年龄相差过大</source>
        <translation>Reason, e.g.: family recognised the photo; DNA does not match; ages too far apart</translation>
    </message>
    <message>
        <source>上次判断：{who}，{when}</source>
        <translation>Last decided by {who}, {when}</translation>
    </message>
    <message>
        <source>判断（用档案中人员的照片比对时才能记录）</source>
        <translation>Decision (recorded only when searching with a resident&apos;s photo)</translation>
    </message>
    <message>
        <source>保存判断</source>
        <translation>Save decision</translation>
    </message>
    <message>
        <source>走失时约 {age} 岁</source>
        <translation>about {age} when missing</translation>
    </message>
    <message>
        <source>约 {age} 岁（{day}）</source>
        <translation>about {age} ({day})</translation>
    </message>
    <message>
        <source>（无照片）</source>
        <translation>(no photo)</translation>
    </message>
    <message>
        <source>照片文件缺失、损坏或与登记时不符</source>
        <translation>The photo file is missing, damaged or no longer the one registered</translation>
    </message>
    <message>
        <source>请选择：可能、排除或确认</source>
        <translation>Please choose: possible, excluded or confirmed</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>期限规则与工作日历</source>
        <translation>Deadline rules and working-day calendar</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>定期重复，每隔</source>
        <translation>Repeats every</translation>
    </message>
    <message>
        <source>保存此规则</source>
        <translation>Save this rule</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>适用于</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>入站后多久开始</source>
        <translation>Opens after admission</translation>
    </message>
    <message>
        <source>开始后多久到期</source>
        <translation>Due after opening</translation>
    </message>
    <message>
        <source>完成方式（任一即可）</source>
        <translation>Done by (any of)</translation>
    </message>
    <message>
        <source>法定节假日（不上班）</source>
        <translation>Public holiday (no work)</translation>
    </message>
    <message>
        <source>调休上班日</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>例如：国庆节</source>
        <translation>e.g. National Day</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>“工作日”期限（如 7 个工作日内申请 DNA）按此日历计算；周一至周五默认上班。国家规定的节假日和调休已包含在内（至 {year} 年）；本站另行标记的日子优先。</source>
        <translation>Deadlines in working days (such as the DNA request within 7 working days) follow this calendar; Monday to Friday are working days. The national holidays and make-up working days are included (up to {year}); days the station marks itself come first.</translation>
    </message>
    <message>
        <source>{year} 年的国家节假日安排尚未包含：国务院办公厅公布后，请按通知标记放假和调休的日子（可一次标记一段），或升级 Station。</source>
        <translation>The national holidays of {year} are not included yet: once the State Council publishes them, mark the holidays and make-up working days as announced (a range at once), or upgrade Station.</translation>
    </message>
    <message>
        <source>（国家规定）</source>
        <translation> (national)</translation>
    </message>
    <message>
        <source>（本站标记）</source>
        <translation> (this station)</translation>
    </message>
    <message>
        <source>这是国家规定的日子，不能删除；如本站另有安排，请按实际情况重新标记这一天。</source>
        <translation>This is a national day and cannot be removed; if the station works otherwise, mark the day as it is here.</translation>
    </message>
    <message>
        <source>期限规则</source>
        <translation>Deadline rules</translation>
    </message>
    <message>
        <source>工作日历</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <source>只有管理员可以修改期限规则和工作日历；您可以查看。</source>
        <translation>Only an administrator can change the rules and the calendar; you can look.</translation>
    </message>
    <message>
        <source>（停用）</source>
        <translation>(inactive) </translation>
    </message>
    <message>
        <source>请至少选择一种完成方式</source>
        <translation>Choose at least one way the task is done</translation>
    </message>
    <message>
        <source>已保存；待办事项按新规则计算。</source>
        <translation>Saved; the to-do list now follows the new rule.</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>make-up working day</translation>
    </message>
    <message>
        <source>节假日</source>
        <translation>holiday</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>相似程度</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>人脸距离</source>
        <translation>Face distance</translation>
    </message>
    <message>
        <source>综合（越小越靠前）</source>
        <translation>Overall (smaller ranks higher)</translation>
    </message>
    <message>
        <source>判断</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>（未选择照片）</source>
        <translation>(no photo chosen)</translation>
    </message>
    <message>
        <source>选择照片文件…</source>
        <translation>Choose a photo file…</translation>
    </message>
    <message>
        <source>站内历史人员</source>
        <translation>The station&apos;s own history</translation>
    </message>
    <message>
        <source>显示性别不符等被隐藏的候选</source>
        <translation>Show candidates hidden for a differing sex</translation>
    </message>
    <message>
        <source>开始比对</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>比对范围：</source>
        <translation>Search in:</translation>
    </message>
    <message>
        <source>候选数</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>结果仅供参考：每一位候选人都须由工作人员核对照片和信息后作出判断。</source>
        <translation>Results are suggestions only: staff must check each candidate&apos;s photos and facts and decide.</translation>
    </message>
    <message>
        <source>{name}（{n} 人）</source>
        <translation>{name} ({n} people)</translation>
    </message>
    <message>
        <source>照片比对</source>
        <translation>Photo search</translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <source>图片 (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>正在为站内历史照片编码（只需一次）…</source>
        <translation>Encoding the station&apos;s earlier photos (needed once)…</translation>
    </message>
    <message>
        <source>比对了 {n} 人，列出最相近的 {k} 人。</source>
        <translation>Compared with {n} people; the {k} nearest are listed.</translation>
    </message>
    <message>
        <source>另有 {h} 人因性别等记录不符未列出。</source>
        <translation> {h} more are not listed because a recorded sex or similar differs.</translation>
    </message>
    <message>
        <source>双击或按回车核对候选人。</source>
        <translation> Double-click or press Enter to review a candidate.</translation>
    </message>
    <message>
        <source>（未填姓名）</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>人脸识别</source>
        <translation>Face recognition</translation>
    </message>
    <message>
        <source>打印文书</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>界面</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>新建临时数据库（修订版本 {revision}），登记 1 人（案件编号 {case}），照片已保存并校验；共享数据库驱动 libpq {libpq}（{impl}）可用</source>
        <translation>Created a temporary database (revision {revision}), registered 1 person (case number {case}), photo saved and verified; shared-database driver libpq {libpq} ({impl}) available</translation>
    </message>
    <message>
        <source>示例照片中找到 1 张人脸，编码 {dims} 维；照片比对找回此人，距离 {distance:.3f}</source>
        <translation>found 1 face in the sample photo, {dims}-value encoding; the photo search found the person again at distance {distance:.3f}</translation>
    </message>
    <message>
        <source>保存的照片 {file} 与其校验值不符</source>
        <translation>the stored photo {file} does not match its checksum</translation>
    </message>
    <message>
        <source>示例照片 {file} 中应有 1 张人脸，找到 {count} 张</source>
        <translation>the sample photo {file} should show 1 face; found {count}</translation>
    </message>
    <message>
        <source>照片比对没有找回登记的人（候选 {count} 人）</source>
        <translation>the photo search did not find the registered person ({count} candidates)</translation>
    </message>
    <message>
        <source>寻亲公告 {pages} 页，{size} KB，中文字体 {font} 已嵌入</source>
        <translation>announcement: {pages} page(s), {size} KB, Chinese font {font} embedded</translation>
    </message>
    <message>
        <source>没有可嵌入的中文字体，文书中的汉字在别的电脑上可能无法显示。请安装中文 TrueType 字体（Windows：微软雅黑；Linux：fonts-wqy-microhei）</source>
        <translation>no Chinese font that can be embedded: the documents&apos; Chinese text may not show on other computers. Install a Chinese TrueType font (Windows: Microsoft YaHei; Linux: fonts-wqy-microhei)</translation>
    </message>
    <message>
        <source>生成的文件不是 PDF</source>
        <translation>the file made is not a PDF</translation>
    </message>
    <message>
        <source>Python {python}、Qt {qt}（{platform}）：界面调用不丢失引用，英文界面翻译、图标、统计图表与打印预览组件均可用</source>
        <translation>Python {python}, Qt {qt} ({platform}): interface calls lose no references; the English translation, icon, statistics charts and print preview are available</translation>
    </message>
    <message>
        <source>Python {python} 与 Qt {qt} 的组合有已知缺陷（每次界面操作丢失 None 的引用，一天的操作后程序会崩溃）：{calls} 次调用丢失 {lost} 个。请用本站的安装程序重新安装</source>
        <translation>Python {python} with Qt {qt} has a known defect (every interface call loses a reference to None, and the program crashes after a day of work): {lost} lost in {calls} calls. Reinstall with the station&apos;s installer</translation>
    </message>
    <message>
        <source>无法加载界面翻译 {file}</source>
        <translation>cannot load the interface translation {file}</translation>
    </message>
    <message>
        <source>无法加载图标 {file}</source>
        <translation>cannot load the icon {file}</translation>
    </message>
    <message>
        <source>救助寻亲工作站 Station {version} 自检（{runtime}，{kind}）</source>
        <translation>Station {version} self-test ({runtime}, {kind})</translation>
    </message>
    <message>
        <source>[{mark}] {step}：{message}（{ms} ms）</source>
        <translation>[{mark}] {step}: {message} ({ms} ms)</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>失败</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>自检通过：{count} 项全部正常。</source>
        <translation>Self-test passed: all {count} steps work.</translation>
    </message>
    <message>
        <source>自检未通过：{failed} / {count} 项失败。</source>
        <translation>Self-test failed: {failed} of {count} steps failed.</translation>
    </message>
</context>
<context>
    <name>StationInfoDialog</name>
    <message>
        <source>本站信息</source>
        <translation>Station information</translation>
    </message>
    <message>
        <source>例如：郑州市救助管理站</source>
        <translation>e.g. Zhengzhou Rescue Management Station</translation>
    </message>
    <message>
        <source>例如：河南省</source>
        <translation>e.g. 河南省</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>所在省份</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>{station}统计报表（{start} 至 {end}）</source>
        <translation>{station} statistics ({start} to {end})</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>有线索</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>入站</source>
        <translation>Admissions</translation>
    </message>
    <message>
        <source>离站</source>
        <translation>Departures</translation>
    </message>
    <message>
        <source>寻亲与身份查明</source>
        <translation>Family search and identification</translation>
    </message>
    <message>
        <source>送医与安置</source>
        <translation>Hospitals and placements</translation>
    </message>
    <message>
        <source>寻亲方式</source>
        <translation>Family-search attempts</translation>
    </message>
    <message>
        <source>在站情况（期末）</source>
        <translation>In care (end of period)</translation>
    </message>
    <message>
        <source>入站健康状况（人次）</source>
        <translation>Health on arrival (visits)</translation>
    </message>
    <message>
        <source>来源地（人次）</source>
        <translation>Origin (visits)</translation>
    </message>
    <message>
        <source>特殊群体（人次）</source>
        <translation>Special groups (visits)</translation>
    </message>
    <message>
        <source>入站人次</source>
        <translation>Admissions (visits)</translation>
    </message>
    <message>
        <source>入站人数</source>
        <translation>Admissions (persons)</translation>
    </message>
    <message>
        <source>其中再次入站人次</source>
        <translation>of which repeat admissions</translation>
    </message>
    <message>
        <source>其中未成年人（人次）</source>
        <translation>of which minors (visits)</translation>
    </message>
    <message>
        <source>其中 60 岁以上老年人（人次）</source>
        <translation>of which aged 60 or over (visits)</translation>
    </message>
    <message>
        <source>其中精神障碍（人次）</source>
        <translation>of which mental illness (visits)</translation>
    </message>
    <message>
        <source>其中智力障碍（人次）</source>
        <translation>of which intellectual disability (visits)</translation>
    </message>
    <message>
        <source>离站人次</source>
        <translation>Departures (visits)</translation>
    </message>
    <message>
        <source>离站方式未登记</source>
        <translation>Kind of departure not recorded</translation>
    </message>
    <message>
        <source>返回家庭（接领、护送）</source>
        <translation>Back with family (collected, escorted)</translation>
    </message>
    <message>
        <source>其中跨省护送</source>
        <translation>of which to another province</translation>
    </message>
    <message>
        <source>查明身份人数</source>
        <translation>Persons identified</translation>
    </message>
    <message>
        <source>从入站到查明身份的天数（中位数）</source>
        <translation>Days from admission to identification (median)</translation>
    </message>
    <message>
        <source>期末在站（含送医、托养）人数</source>
        <translation>Persons in care at the end (hospitals and care homes included)</translation>
    </message>
    <message>
        <source>其中滞留超过 10 天</source>
        <translation>of which here more than 10 days</translation>
    </message>
    <message>
        <source>其中身份未查明</source>
        <translation>of which unidentified</translation>
    </message>
    <message>
        <source>寻亲次数</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>健康</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <source>危重</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>精神障碍</source>
        <translation>Mental illness</translation>
    </message>
    <message>
        <source>智力障碍</source>
        <translation>Intellectual disability</translation>
    </message>
    <message>
        <source>肢体残疾</source>
        <translation>Physical disability</translation>
    </message>
    <message>
        <source>本省</source>
        <translation>This province</translation>
    </message>
    <message>
        <source>外省</source>
        <translation>Other provinces</translation>
    </message>
    <message>
        <source>无法查明</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>未设置本站所在省份（设置 → 本站信息）</source>
        <translation>The station&apos;s province is not set (Settings → Station information)</translation>
    </message>
    <message>
        <source>未成年人</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>老年人（60 岁以上）</source>
        <translation>Elderly (60 and over)</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>上月</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>今年</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>有线索 {lead}，确认 {confirmed}</source>
        <translation>{lead} leads, {confirmed} confirmed</translation>
    </message>
    <message>
        <source>人次</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>离站方式（{start} 至 {end}）</source>
        <translation>Departures by kind ({start} to {end})</translation>
    </message>
    <message>
        <source>统计报表_{start}_{end}.xlsx</source>
        <translation>statistics_{start}_{end}.xlsx</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>已填写的内容还没有保存。确定放弃吗？</source>
        <translation>What you filled in is not saved. Discard it?</translation>
    </message>
</context>
<context>
    <name>TodoPage</name>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>需从严处理</source>
        <translation>Stricter handling</translation>
    </message>
    <message>
        <source>只看逾期和即将到期</source>
        <translation>Only overdue and due soon</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>打开档案</source>
        <translation>Open case file</translation>
    </message>
    <message>
        <source>记录办理情况…</source>
        <translation>Record what was done…</translation>
    </message>
    <message>
        <source>逾期 {late} 项，即将到期 {soon} 项，其他待办 {open} 项</source>
        <translation>{late} overdue, {soon} due soon, {open} other open tasks</translation>
    </message>
    <message>
        <source>比对待审：{n} 名候选人等待核对</source>
        <translation>To review: {n} candidate(s) waiting</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>案件编号 {value} 的格式应为 年份-六位序号，例如 2026-000123</source>
        <translation>Case number {value} should be year-six digits, e.g. 2026-000123</translation>
    </message>
    <message>
        <source>{year} 年的案件编号已用完（最多 999999 个）</source>
        <translation>The case numbers of {year} are used up (999999 at most)</translation>
    </message>
    <message>
        <source>身份证号应为 18 位，现在是 {length} 位</source>
        <translation>An ID number has 18 characters; this one has {length}</translation>
    </message>
    <message>
        <source>身份证号前 17 位只能是数字，最后一位是数字或 X</source>
        <translation>The first 17 characters of an ID number are digits; the last is a digit or X</translation>
    </message>
    <message>
        <source>身份证号的地区码 {code} 不存在</source>
        <translation>The ID number&apos;s region code {code} does not exist</translation>
    </message>
    <message>
        <source>身份证号中的出生日期 {digits} 不是有效日期</source>
        <translation>The birth date {digits} in the ID number is not a valid date</translation>
    </message>
    <message>
        <source>身份证号中的出生日期 {date} 晚于今天</source>
        <translation>The birth date {date} in the ID number is after today</translation>
    </message>
    <message>
        <source>身份证号校验位错误：最后一位应为 {expected}，填写的是 {actual}，请核对是否抄错</source>
        <translation>Wrong check digit in the ID number: the last character should be {expected}, not {actual}. Please check for a copying mistake</translation>
    </message>
    <message>
        <source>发现时间 {found} 晚于入站时间 {admitted}：人员应先被发现，后入站</source>
        <translation>Found at {found} is after admitted at {admitted}: a person is found before being admitted</translation>
    </message>
    <message>
        <source>{field}不能晚于当前时间（{value}）</source>
        <translation>{field} cannot be later than now ({value})</translation>
    </message>
    <message>
        <source>出生日期 {value} 晚于今天</source>
        <translation>Birth date {value} is after today</translation>
    </message>
    <message>
        <source>出生日期 {value} 早于 {limit} 年，请核对</source>
        <translation>Birth date {value} is before {limit}; please check</translation>
    </message>
    <message>
        <source>出生日期 {value} 晚于发现日期 {found}</source>
        <translation>Birth date {value} is after the date found {found}</translation>
    </message>
    <message>
        <source>估计年龄应在 0 到 {max} 岁之间，且下限不大于上限</source>
        <translation>The estimated age must be between 0 and {max}, the lower bound not above the upper</translation>
    </message>
    <message>
        <source>身高 {value} 厘米不合理，应在 40 到 250 厘米之间</source>
        <translation>A height of {value} cm is implausible; it must be between 40 and 250 cm</translation>
    </message>
    <message>
        <source>请填写{field}</source>
        <translation>Please fill in {field}</translation>
    </message>
    <message>
        <source>出生日期 {value} 与身份证号中的出生日期 {id_birth} 不一致</source>
        <translation>Birth date {value} differs from the birth date {id_birth} in the ID number</translation>
    </message>
    <message>
        <source>性别与身份证号不一致：身份证号表明为{id_sex}</source>
        <translation>The sex differs from the ID number, which says {id_sex}</translation>
    </message>
    <message>
        <source>用户名或密码不正确</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <source>用户名或密码不正确。再错 {left} 次，账号将锁定 {minutes} 分钟。</source>
        <translation>Wrong user name or password. {left} more wrong attempts lock the account for {minutes} minutes.</translation>
    </message>
    <message>
        <source>账号 {username} 因连续 {n} 次密码错误已锁定，请 {minutes} 分钟后再试，或请管理员解锁。</source>
        <translation>The account {username} is locked after {n} wrong passwords in a row. Try again in {minutes} minutes, or ask an administrator to unlock it.</translation>
    </message>
    <message>
        <source>账号 {username} 已停用，请联系管理员</source>
        <translation>Account {username} is disabled; please contact an administrator</translation>
    </message>
    <message>
        <source>密码至少需要 {n} 个字符</source>
        <translation>A password needs at least {n} characters</translation>
    </message>
    <message>
        <source>密码需同时包含字母和数字</source>
        <translation>The password must contain both letters and digits</translation>
    </message>
    <message>
        <source>密码不能与用户名相同</source>
        <translation>The password must not be the user name</translation>
    </message>
    <message>
        <source>新密码不能与原密码相同</source>
        <translation>The new password must differ from the old one</translation>
    </message>
    <message>
        <source>原密码不正确，密码没有修改</source>
        <translation>The current password is wrong; the password was not changed</translation>
    </message>
    <message>
        <source>用户名只能包含字母、数字、点、下划线和减号（1–64 个字符）</source>
        <translation>A user name may contain only letters, digits, dots, underscores and hyphens (1–64 characters)</translation>
    </message>
    <message>
        <source>用户名 {username} 已被使用</source>
        <translation>The user name {username} is taken</translation>
    </message>
    <message>
        <source>请填写姓名</source>
        <translation>Please fill in the name</translation>
    </message>
    <message>
        <source>已经有账号了，首个管理员只能在空数据库中创建</source>
        <translation>Accounts exist already; the first administrator can only be created in an empty database</translation>
    </message>
    <message>
        <source>没有编号为 {id} 的账号</source>
        <translation>There is no account number {id}</translation>
    </message>
    <message>
        <source>{name} 是唯一启用的管理员；先让另一位同事成为管理员，再停用或改变这个账号。</source>
        <translation>{name} is the only active administrator; make another colleague an administrator before deactivating or changing this account.</translation>
    </message>
    <message>
        <source>找不到这次入站记录（编号 {id}）</source>
        <translation>Stay {id} not found</translation>
    </message>
    <message>
        <source>找不到这件保管物品（编号 {id}）</source>
        <translation>Item {id} in custody not found</translation>
    </message>
    <message>
        <source>物品“{item}”已于 {when} 归还，不能重复归还</source>
        <translation>&quot;{item}&quot; was returned on {when} and cannot be returned again</translation>
    </message>
    <message>
        <source>请填写领回物品的人</source>
        <translation>Please fill in who received the item</translation>
    </message>
    <message>
        <source>随身物品第 {row} 行：请填写物品名称</source>
        <translation>Belongings row {row}: please fill in the item</translation>
    </message>
    <message>
        <source>随身物品第 {row} 行：金额应在 0 到 {max} 元之间</source>
        <translation>Belongings row {row}: the amount must be between 0 and {max} yuan</translation>
    </message>
    <message>
        <source>随身物品第 {row} 行：数量应为 1 到 9999 之间的整数（现金填金额，如 23.5元）</source>
        <translation>Belongings row {row}: the quantity must be a whole number from 1 to 9999 (for cash, the amount, e.g. 23.5元)</translation>
    </message>
    <message>
        <source>身份证号 {value} 已属于另一人（{name}），请核对</source>
        <translation>ID number {value} belongs to another person ({name}); please check</translation>
    </message>
    <message>
        <source>{name} 目前仍在站（案件编号 {case}），需先办理离站才能再次入站登记</source>
        <translation>{name} is still in the station (case {case}); record the departure before a new admission</translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的人员记录</source>
        <translation>Person {id} not found</translation>
    </message>
    <message>
        <source>数据库正被另一个程序或工作站占用，{seconds} 秒内未能写入。什么也没有保存，请稍后再试。</source>
        <translation>The database is in use by another program or workstation and could not be written within {seconds} seconds. Nothing was saved; please try again shortly.</translation>
    </message>
    <message>
        <source>无法打开数据库 {where}：{reason}</source>
        <translation>Cannot open the database {where}: {reason}</translation>
    </message>
    <message>
        <source>无法连接共享数据库 {where}：{reason}。这一步没有保存任何内容。请检查网络和数据库服务器，恢复后重试即可，已保存的记录不受影响。</source>
        <translation>Cannot reach the shared database {where}: {reason}. Nothing was saved in this step. Check the network and the database server and try again once it is back; records already saved are not affected.</translation>
    </message>
    <message>
        <source>数据库 {where} 由更新版本的 Station 创建（数据库版本 {revision}），本程序无法安全打开它。数据库未做任何改动。请安装最新版本的 Station 后再打开。</source>
        <translation>The database {where} was written by a newer Station (schema {revision}); this version cannot open it safely. Nothing in it was changed. Please install the latest Station.</translation>
    </message>
    <message>
        <source>数据库 {where} 升级后有 {n} 处记录引用了不存在的记录，升级已撤销，数据库保持原样。请把数据库文件交给技术支持检查。</source>
        <translation>After upgrading, {n} records in database {where} refer to records that do not exist; the upgrade was undone and the database left as it was. Please give the database file to technical support.</translation>
    </message>
    <message>
        <source>文件 {where} 不是 Station 的数据库（其中有其他程序的表），为避免损坏未打开它。</source>
        <translation>The file {where} is not a Station database (it holds another program&apos;s tables); it was not opened, to keep it intact.</translation>
    </message>
    <message>
        <source>文件 {where} 不是 SQLite 数据库或已损坏：{reason}</source>
        <translation>The file {where} is not a SQLite database or is damaged: {reason}</translation>
    </message>
    <message>
        <source>找不到照片文件 {file}</source>
        <translation>Photo file {file} not found</translation>
    </message>
    <message>
        <source>文件 {file} 不是图片，或格式不受支持（支持 JPEG、PNG、WEBP、BMP、TIFF）</source>
        <translation>The file {file} is not an image or not a supported format (JPEG, PNG, WEBP, BMP, TIFF)</translation>
    </message>
    <message>
        <source>照片 {file} 已损坏或不完整，无法读取：{reason}</source>
        <translation>The photo {file} is damaged or incomplete and cannot be read: {reason}</translation>
    </message>
    <message>
        <source>照片 {file} 太大（{mb} MB），单张照片不能超过 {limit} MB</source>
        <translation>The photo {file} is too large ({mb} MB); a photo may have at most {limit} MB</translation>
    </message>
    <message>
        <source>照片 {file} 的像素过多（{mp} 百万像素），最多 {limit} 百万像素，请先缩小</source>
        <translation>The photo {file} has too many pixels ({mp} megapixels); at most {limit} megapixels, please scale it down first</translation>
    </message>
    <message>
        <source>照片 {file} 太小（{w}×{h} 像素），无法看清人脸</source>
        <translation>The photo {file} is too small ({w}×{h} pixels) to show a face</translation>
    </message>
    <message>
        <source>无法保存照片到 {where}：{reason}</source>
        <translation>Cannot save the photo to {where}: {reason}</translation>
    </message>
    <message>
        <source>人脸识别模型未安装或无法加载（face_recognition_models）：{reason}。请重新安装 Station。</source>
        <translation>The face recognition models are missing or cannot be loaded (face_recognition_models): {reason}. Please reinstall Station.</translation>
    </message>
    <message>
        <source>照片 {file} 无法读取：{reason}</source>
        <translation>The photo {file} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>找不到名单文件 {file}</source>
        <translation>List file {file} not found</translation>
    </message>
    <message>
        <source>无法识别名单文件 {file} 的格式：请用 CSV、Excel（.xlsx）或 PFIF（.xml）文件</source>
        <translation>The format of list file {file} is not recognised: use a CSV, Excel (.xlsx) or PFIF (.xml) file</translation>
    </message>
    <message>
        <source>名单文件 {file} 是空的，或第一行没有列名</source>
        <translation>List file {file} is empty or has no column names in its first row</translation>
    </message>
    <message>
        <source>名单文件 {file} 的文字编码无法识别（支持 UTF-8 和 GBK/GB18030）</source>
        <translation>The text encoding of list file {file} is not recognised (UTF-8 and GBK/GB18030 are supported)</translation>
    </message>
    <message>
        <source>Excel 文件 {file} 已损坏或不是 .xlsx 格式：{reason}</source>
        <translation>Excel file {file} is damaged or not in .xlsx format: {reason}</translation>
    </message>
    <message>
        <source>名单文件 {file} 是旧版 Excel（.xls）格式，请在 Excel 中另存为 .xlsx 或 CSV 后再导入</source>
        <translation>List file {file} is in the old Excel (.xls) format; save it as .xlsx or CSV in Excel, then import</translation>
    </message>
    <message>
        <source>无法读取名单文件 {file}：{reason}</source>
        <translation>Cannot read list file {file}: {reason}</translation>
    </message>
    <message>
        <source>请填写名单名称</source>
        <translation>Please enter a name for the list</translation>
    </message>
    <message>
        <source>第 {first}–{last} 行未能写入数据库（{reason}）。此前的 {done} 条记录已保存，名单标记为“导入已停止”；改正后再次导入同一文件即可从中断处继续</source>
        <translation>Rows {first}–{last} could not be written to the database ({reason}). The {done} records before them are saved and the list is marked “import stopped”; after correcting, import the same file again to continue where it stopped</translation>
    </message>
    <message>
        <source>名单不存在（编号 {id}），可能已被删除</source>
        <translation>The list (number {id}) does not exist; it may have been deleted</translation>
    </message>
    <message>
        <source>照片文件 {file} 不在照片库中（记录 {record}），照片库可能被移动或删改；导出已停止，未写入文件</source>
        <translation>Photo file {file} is missing from the photo store (record {record}); the store may have been moved or altered. The export stopped and no file was written</translation>
    </message>
    <message>
        <source>请至少为“姓名”或“照片文件名”选择一列</source>
        <translation>Choose a column at least for “Name” or “Photo file names”</translation>
    </message>
    <message>
        <source>此人还没有照片，无法比对。请先在档案中添加照片。</source>
        <translation>This person has no photo to search with. Add a photo in the case file first.</translation>
    </message>
    <message>
        <source>照片文件 {file} 缺失或已损坏，无法用于比对；请运行 station check，并从备份恢复这张照片</source>
        <translation>The photo file {file} is missing or damaged and cannot be searched with; run station check and restore this photo from a backup</translation>
    </message>
    <message>
        <source>照片 {file} 无法用于比对：{reason}</source>
        <translation>Photo {file} cannot be used for a search: {reason}</translation>
    </message>
    <message>
        <source>比对候选不存在（编号 {id}）</source>
        <translation>The candidate (number {id}) does not exist</translation>
    </message>
    <message>
        <source>请填写判断理由</source>
        <translation>Please give a reason for the decision</translation>
    </message>
    <message>
        <source>该名单记录已确认为另一人（{name}）。如确认有误，请先在那人的比对结果中撤销确认。</source>
        <translation>This list record is already confirmed as another person ({name}). If that was wrong, reopen the decision in that person&apos;s results first.</translation>
    </message>
    <message>
        <source>请至少选择一个比对范围（名单或站内历史）</source>
        <translation>Choose at least one place to search (a list or the station&apos;s history)</translation>
    </message>
    <message>
        <source>照片文件 {file} 与其校验值不符（已损坏或被替换），没有编码；请从备份恢复</source>
        <translation>The photo file {file} does not match its hash (damaged or replaced) and was not encoded; restore it from a backup</translation>
    </message>
    <message>
        <source>照片编码进程意外退出（可能是内存不足）。已完成的照片已保存，请重新开始，将从中断处继续。</source>
        <translation>The photo-encoding process ended unexpectedly (perhaps out of memory). The photos already done are saved; start again and it continues where it stopped.</translation>
    </message>
    <message>
        <source>PFIF 文件 {file} 第 {line} 行不是有效的 XML：{reason}</source>
        <translation>PFIF file {file}, line {line}, is not valid XML: {reason}</translation>
    </message>
    <message>
        <source>{file} 不是 PFIF 文件：最外层元素是 &lt;{tag}&gt;，应为 PFIF 1.1–1.4 的 &lt;pfif:pfif&gt;</source>
        <translation>{file} is not a PFIF file: its outermost element is &lt;{tag}&gt;, not the &lt;pfif:pfif&gt; of PFIF 1.1–1.4</translation>
    </message>
    <message>
        <source>PFIF 文件 {file} 中没有任何人员记录（&lt;pfif:person&gt;）</source>
        <translation>PFIF file {file} contains no person records (&lt;pfif:person&gt;)</translation>
    </message>
    <message>
        <source>PFIF 文件 {file} 第 {line} 行声明了 XML 实体；为安全起见不予读取</source>
        <translation>PFIF file {file} declares an XML entity on line {line}; for safety it is not read</translation>
    </message>
    <message>
        <source>无法读取 PFIF 文件 {file}：{reason}</source>
        <translation>Cannot read PFIF file {file}: {reason}</translation>
    </message>
    <message>
        <source>无法写入文件 {file}：{reason}</source>
        <translation>Cannot write file {file}: {reason}</translation>
    </message>
    <message>
        <source>期限规则不存在：{code}</source>
        <translation>No such deadline rule: {code}</translation>
    </message>
    <message>
        <source>结束日期 {last} 早于开始日期 {first}</source>
        <translation>The last day {last} is before the first day {first}</translation>
    </message>
    <message>
        <source>一次最多标记 {n} 天</source>
        <translation>At most {n} days can be marked at once</translation>
    </message>
    <message>
        <source>说明最多 {n} 个字</source>
        <translation>The note can have at most {n} characters</translation>
    </message>
    <message>
        <source>此人还没有入站记录</source>
        <translation>This person has no stay on record yet</translation>
    </message>
    <message>
        <source>时间 {at} 在现在之后</source>
        <translation>The time {at} is in the future</translation>
    </message>
    <message>
        <source>时间 {at} 早于本次入站时间 {admitted}</source>
        <translation>The time {at} is before this admission ({admitted})</translation>
    </message>
    <message>
        <source>下次跟进日期 {day} 早于本次寻亲的日期</source>
        <translation>The follow-up date {day} is before the date of this attempt</translation>
    </message>
    <message>
        <source>找不到这条寻亲记录（编号 {id}）</source>
        <translation>No such family-search record (number {id})</translation>
    </message>
    <message>
        <source>请选择安置方式（站内照料 / 站外托养 / 特困供养）</source>
        <translation>Choose how the person is cared for (in the station / outside care / special support)</translation>
    </message>
    <message>
        <source>请填写延长至哪一天（应在今天之后）</source>
        <translation>Enter the day the stay is extended to (after today)</translation>
    </message>
    <message>
        <source>{name} 已离站，不在本站照料中，无法登记送医或安置。如再次入站，请先办理入站登记。</source>
        <translation>{name} has left and is not in the station&apos;s care, so no placement can be recorded. If they come back, register the admission first.</translation>
    </message>
    <message>
        <source>开始日期 {day} 早于本次入站日期 {admitted}</source>
        <translation>The start date {day} is before this admission ({admitted})</translation>
    </message>
    <message>
        <source>日期 {day} 在今天之后</source>
        <translation>The date {day} is after today</translation>
    </message>
    <message>
        <source>结束日期 {end} 早于开始日期 {start}</source>
        <translation>The end date {end} is before the start date {start}</translation>
    </message>
    <message>
        <source>与已登记的安置重叠：{kind}（{facility}，{start} 至 {end}）。同一时间只能在一处，请核对日期。</source>
        <translation>Overlaps a placement already recorded: {kind} ({facility}, {start} to {end}). A person is in one place at a time; check the dates.</translation>
    </message>
    <message>
        <source>请填写医院或机构名称</source>
        <translation>Enter the name of the hospital or institution</translation>
    </message>
    <message>
        <source>费用应为不小于 0 的金额（元），最多两位小数</source>
        <translation>The cost must be an amount in yuan of at least 0, with at most two decimals</translation>
    </message>
    <message>
        <source>费用合计不能超过 {limit} 元，请核对金额</source>
        <translation>The costs cannot add up to more than {limit} yuan; please check the amount</translation>
    </message>
    <message>
        <source>请填写补记的费用金额（大于 0 元）</source>
        <translation>Fill in the amount to add (more than 0 yuan)</translation>
    </message>
    <message>
        <source>安置记录不存在（编号 {id}）</source>
        <translation>No such placement (number {id})</translation>
    </message>
    <message>
        <source>这条安置记录已于 {day} 结束</source>
        <translation>This placement already ended on {day}</translation>
    </message>
    <message>
        <source>离站时间 {at} 早于入站时间 {admitted}</source>
        <translation>The departure time {at} is before the admission ({admitted})</translation>
    </message>
    <message>
        <source>离站时间 {at} 在现在之后</source>
        <translation>The departure time {at} is in the future</translation>
    </message>
    <message>
        <source>此人属于需从严处理的人员（{flags}），只能交给核实过身份的亲属（接领、护送）或移交机构，不能以“{kind}”方式离站</source>
        <translation>This person needs stricter handling ({flags}) and may only be released to a relative whose identity was checked (pickup, escort) or to an institution, not by “{kind}”</translation>
    </message>
    <message>
        <source>请填写接领人姓名</source>
        <translation>Enter the relative&apos;s name</translation>
    </message>
    <message>
        <source>请填写接领人身份证号（用于核实身份）</source>
        <translation>Enter the relative&apos;s ID number (to check their identity)</translation>
    </message>
    <message>
        <source>请填写接领人与受助人员的关系</source>
        <translation>Enter how the relative is related to the person</translation>
    </message>
    <message>
        <source>请勾选已核验的证件（如身份证、户口簿、派出所证明）</source>
        <translation>Tick the documents checked (ID card, household register, police letter …)</translation>
    </message>
    <message>
        <source>未成年人或不能自主决定的人员离站须由站长批准，请选择批准的站长</source>
        <translation>A minor or a person who cannot decide for themselves leaves only with a director&apos;s approval: choose the approving director</translation>
    </message>
    <message>
        <source>护送须有两名以上工作人员，请填写全部护送人员</source>
        <translation>An escort needs at least two staff: enter every escort</translation>
    </message>
    <message>
        <source>请填写接收的救助站、机构或家属</source>
        <translation>Enter the receiving station, institution or family</translation>
    </message>
    <message>
        <source>自行离站须由本人签署《自行离站声明书》，请确认已签署</source>
        <translation>Leaving of one&apos;s own will needs the signed declaration: confirm it was signed</translation>
    </message>
    <message>
        <source>发放了现金或乘车凭证，请填写领取凭证编号</source>
        <translation>Cash or a travel voucher was handed out: enter the receipt number</translation>
    </message>
    <message>
        <source>到达时间早于出发时间</source>
        <translation>The arrival is before the departure</translation>
    </message>
    <message>
        <source>{name} 已于 {at} 离站，不能重复办理离站</source>
        <translation>{name} already left on {at}</translation>
    </message>
    <message>
        <source>还有 {n} 件随身物品在保管中（{items}）。请先归还，或在离站时选择交还给本人或接领人。</source>
        <translation>{n} belongings are still in custody ({items}). Return them first, or say whom they are returned to with the departure.</translation>
    </message>
    <message>
        <source>批准须由另一位站长作出：办理离站的人不能批准自己办理的离站。请另一位站长在此输入密码确认。</source>
        <translation>Approval must come from another director: whoever records a departure cannot approve it. Ask another director to confirm here with their password.</translation>
    </message>
    <message>
        <source>{name}还在使用管理员设置的临时密码，不能用它确认批准：请{name}先登录 Station 设置自己的密码</source>
        <translation>{name} still has the temporary password an administrator set, which cannot confirm an approval: {name} must first log in to Station and set their own password</translation>
    </message>
    <message>
        <source>此人离站须由站长批准，但本站还没有可以批准的站长账号：请管理员在“账号 → 账号管理”中为站长建立账号，站长本人登录并设置自己的密码后，即可在此确认批准</source>
        <translation>This person leaves only with a director&apos;s approval, but no director account here can approve yet: an administrator creates one under Account → Manage accounts; once the director has logged in and set their own password, they can confirm here</translation>
    </message>
    <message>
        <source>须由{name}本人确认批准：请{name}在此输入自己的密码，或由{name}登录后办理离站</source>
        <translation>{name} must confirm the approval personally: {name} types their own password here, or {name} records the departure logged in</translation>
    </message>
    <message>
        <source>统计期间的结束日期 {end} 早于开始日期 {start}</source>
        <translation>The end of the period ({end}) is before its start ({start})</translation>
    </message>
    <message>
        <source>请填写名字</source>
        <translation>Enter the name</translation>
    </message>
    <message>
        <source>名字“{name}”已记录在此人名下</source>
        <translation>The name “{name}” is already recorded for this person</translation>
    </message>
    <message>
        <source>名字不能超过 {n} 个字</source>
        <translation>A name can have at most {n} characters</translation>
    </message>
    <message>
        <source>无法打印“{document}”：此案还没有登记{missing}</source>
        <translation>Cannot print “{document}”: the case has no {missing} yet</translation>
    </message>
    <message>
        <source>此人还没有入站记录，无法打印文书</source>
        <translation>This person has no stay on record, so no document can be printed</translation>
    </message>
    <message>
        <source>找不到案件编号 {case}</source>
        <translation>No case number {case}</translation>
    </message>
    <message>
        <source>找不到这份文书的记录（编号 {id}）</source>
        <translation>No such printed document (number {id})</translation>
    </message>
    <message>
        <source>文书 {number} 的存档文件缺失或已被改动，无法原样重印；请从备份恢复或联系技术支持</source>
        <translation>The archived copy of document {number} is missing or was altered, so it cannot be reprinted as it was; restore it from a backup or contact technical support</translation>
    </message>
    <message>
        <source>{start} 至 {end} 入站、仍在站且身份未查明的人员一个也没有，无需汇总公告</source>
        <translation>Nobody admitted from {start} to {end} is still in care and unidentified: there is nothing to announce</translation>
    </message>
    <message>
        <source>{name}的身份已于 {at} 查明，不再发布寻亲公告（需要时请打印其他文书）</source>
        <translation>The identity of {name} was found on {at}: no more family-search announcements (print another document if needed)</translation>
    </message>
    <message>
        <source>{name}已于 {at} 离站，不再发布寻亲公告</source>
        <translation>{name} left on {at}: no more family-search announcements</translation>
    </message>
    <message>
        <source>阈值应满足 0 &lt; 高度相似 &lt; 可能相似 &lt; 略有相似 &lt; 2（现为 {strong} / {possible} / {weak}）</source>
        <translation>Thresholds must satisfy 0 &lt; very similar &lt; possibly similar &lt; slightly similar &lt; 2 (now {strong} / {possible} / {weak})</translation>
    </message>
    <message>
        <source>跨年龄阈值应满足 0 ≤ 高度相似 &lt; 可能相似 &lt; 略有相似 &lt; 2（0 表示跨年龄候选不标“高度相似”；现为 {strong} / {possible} / {weak}）</source>
        <translation>Cross-age thresholds must satisfy 0 ≤ very similar &lt; possibly similar &lt; slightly similar &lt; 2 (0 means a cross-age candidate is never &quot;very similar&quot;; now {strong} / {possible} / {weak})</translation>
    </message>
    <message>
        <source>只有单机（SQLite）或 PostgreSQL 数据库可以这样备份</source>
        <translation>Only a single-PC (SQLite) or PostgreSQL database can be backed up this way</translation>
    </message>
    <message>
        <source>{path} 是共享数据库（PostgreSQL）的备份：请用 station restore {path} --to 新的空数据库地址 恢复</source>
        <translation>{path} is a backup of a shared (PostgreSQL) database: restore it with station restore {path} --to &lt;a new, empty database&gt;</translation>
    </message>
    <message>
        <source>{path} 是单机（SQLite）工作站的备份，不能直接恢复到共享数据库：请在单机上恢复，再用 station migrate-db 迁移</source>
        <translation>{path} is a backup of a single-PC (SQLite) station and cannot be restored into a shared database directly: restore it on a PC, then move it with station migrate-db</translation>
    </message>
    <message>
        <source>找不到 PostgreSQL 的 {tool} 程序，请安装 PostgreSQL 客户端（postgresql-client）</source>
        <translation>PostgreSQL&apos;s {tool} program was not found; install the PostgreSQL client (postgresql-client)</translation>
    </message>
    <message>
        <source>目标数据库 {where} 不是空的；PostgreSQL 备份只恢复到新建的空数据库</source>
        <translation>The target database {where} is not empty; a PostgreSQL backup is only restored into a new, empty database</translation>
    </message>
    <message>
        <source>PostgreSQL 备份或恢复失败：{reason}</source>
        <translation>PostgreSQL backup or restore failed: {reason}</translation>
    </message>
    <message>
        <source>备份未完成，已删除不完整的备份：{reason}</source>
        <translation>The backup did not complete; the incomplete backup was deleted: {reason}</translation>
    </message>
    <message>
        <source>恢复未完成，现有数据没有任何改动，备份的半成品已删除：{reason}</source>
        <translation>The restore did not finish; the current data was not changed and the half-made copy was removed: {reason}</translation>
    </message>
    <message>
        <source>恢复在替换文件时中断：{reason}。下次打开 Station 时会自动完成恢复；原有数据在 {aside}</source>
        <translation>The restore was interrupted while replacing files: {reason}. Station will finish the restore the next time it opens; the previous data is in {aside}</translation>
    </message>
    <message>
        <source>数据库文件 {path} {state}，但这里还有工作站的照片、文书或备份：数据库可能被删除或损坏。为免在空数据库上继续工作，Station 没有新建数据库。可用的数据：{found}。请用最新的备份恢复（station restore {latest}），或把 before-restore-… 中的 station.db 放回原处。</source>
        <translation>The database file {path} {state}, but the station&apos;s photos, documents or backups are still here: the database may have been deleted or damaged. So that nobody works on in an empty database, Station did not create a new one. Data available: {found}. Restore the latest backup (station restore {latest}) or put station.db from before-restore-… back in its place.</translation>
    </message>
    <message>
        <source>{path} 不是 Station 的备份（没有 manifest.json）</source>
        <translation>{path} is not a Station backup (no manifest.json)</translation>
    </message>
    <message>
        <source>备份 {path} 不完整或已损坏：{problem}</source>
        <translation>The backup {path} is incomplete or damaged: {problem}</translation>
    </message>
    <message>
        <source>清单 manifest.json 中的路径“{name}”不是 Station 备份中的文件，恢复时会写到别处；此备份不能使用</source>
        <translation>The path “{name}” in manifest.json is not a file of a Station backup and would be written elsewhere on restore; this backup cannot be used</translation>
    </message>
    <message>
        <source>备份 {path} 来自更新版本的 Station（数据库版本 {revision}），请先升级 Station</source>
        <translation>The backup {path} comes from a newer Station (database revision {revision}); upgrade Station first</translation>
    </message>
    <message>
        <source>没有保存：{who} 于 {when} 修改了这条记录（在您打开之后）。现在保存的内容与您填写的不同之处：{fields}。为免覆盖他人的修改，您的修改还没有保存；请核对后再保存。</source>
        <translation>Not saved: {who} changed this record at {when} (after you opened it). The saved record differs from what you entered in: {fields}. So as not to overwrite their changes, yours have not been saved yet; please check and save again.</translation>
    </message>
    <message>
        <source>没有保存：{who} 于 {when} 修改了这条记录（在您打开之后），内容与您填写的相同。请核对后再保存。</source>
        <translation>Not saved: {who} changed this record at {when} (after you opened it), to the same as you entered. Please check and save again.</translation>
    </message>
    <message>
        <source>您的账号（{who}，{role}）没有“{action}”的权限，什么也没有改动。需要时请找有此权限的同事或管理员。</source>
        <translation>Your account ({who}, {role}) may not {action}; nothing was changed. Ask a colleague who may, or an administrator.</translation>
    </message>
    <message>
        <source>账号 {username} 已停用或不存在，不能再做修改。请联系管理员后重新登录。</source>
        <translation>The account {username} is deactivated or no longer exists and can change nothing. Contact an administrator and log in again.</translation>
    </message>
    <message>
        <source>账号 {username} 的密码是管理员设的临时密码：请先在 Station 窗口登录并改成自己的密码，之后才能做任何操作（命令行也是如此）。什么也没有改动。</source>
        <translation>The password of account {username} is a temporary one set by an administrator: log in to the Station window and change it to your own first; until then the account can do nothing (on the command line too). Nothing was changed.</translation>
    </message>
    <message>
        <source>无法写入文件 {path}：{reason}</source>
        <translation>Cannot write the file {path}: {reason}</translation>
    </message>
    <message>
        <source>目标数据库 {where} 里已有 Station 的记录（{table} 表有 {n} 行），为免混在一起没有复制。请指定一个新建的空数据库。</source>
        <translation>The target database {where} already holds Station records ({n} rows in {table}); nothing was copied, so that two stations do not mix. Give a new, empty database.</translation>
    </message>
    <message>
        <source>目标数据库就是当前的数据库 {where}</source>
        <translation>The target database is the current one: {where}</translation>
    </message>
    <message>
        <source>复制后核对不一致：{table} 表原有 {source} 行，目标有 {target} 行（或内容不同）。目标数据库的复制已撤销，原数据库未改动。</source>
        <translation>The copy does not read back the same: {table} has {source} rows, the target {target} (or different contents). The copy in the target was undone; the original database is unchanged.</translation>
    </message>
    <message>
        <source>文件 {path} 缺失或与其校验值不符，复制已停止；请先运行 station check。</source>
        <translation>The file {path} is missing or does not match its hash; the copy stopped. Run station check first.</translation>
    </message>
    <message>
        <source>不能把一份档案与它自己合并</source>
        <translation>A record cannot be merged with itself</translation>
    </message>
    <message>
        <source>人员编号 {id} 的档案已合并到人员编号 {into} 的档案，请打开那份档案</source>
        <translation>Record {id} has been merged into record {into}; open that one</translation>
    </message>
    <message>
        <source>两份档案的身份证号不同（{a} / {b}），是两个人，不能合并</source>
        <translation>The two records have different ID numbers ({a} / {b}): they are two people and cannot be merged</translation>
    </message>
    <message>
        <source>两份档案都有尚未离站的入站记录（{a}、{b}）：一个人不会同时两次在站。请先核实，为其中误登记的一次办理离站后再合并</source>
        <translation>Both records have a stay that has not ended ({a}, {b}): one person is not in care twice at once. Check first, record the departure of the stay registered by mistake, then merge</translation>
    </message>
    <message>
        <source>两次入站的时间重叠（{a}：{a_in} 至 {a_out}；{b}：{b_in} 至 {b_out}），一个人不会同时两次在站。请先核实是否为两个人，或更正误登记的入站时间</source>
        <translation>The two stays overlap in time ({a}: {a_in} to {a_out}; {b}: {b_in} to {b_out}); one person is not in care twice at once. Check first whether they are two people, or correct the times of the stay registered by mistake</translation>
    </message>
    <message>
        <source>没有入站编号为 {case} 的记录</source>
        <translation>There is no stay with case number {case}</translation>
    </message>
    <message>
        <source>请填写合并的理由（例如：照片比对确认、家属辨认）</source>
        <translation>Please give the reason for merging (e.g. confirmed by photo search, identified by family)</translation>
    </message>
    <message>
        <source>上次的恢复在替换文件时被中断，这次启动时已完成。恢复前的数据保存在 {aside}</source>
        <translation>The last restore was interrupted while replacing files; it was finished at this start. The data from before the restore is kept in {aside}</translation>
    </message>
    <message>
        <source>上次的恢复在复制备份时被中断：工作站保持恢复前的样子，未完成的副本已删除。如需恢复请重做。</source>
        <translation>The last restore was interrupted while copying the backup: the station is as it was before, and the unfinished copy was removed. Restore again if you still need to.</translation>
    </message>
    <message>
        <source>无法{what}：工作站正在被使用（{holders}）。请先关闭这些程序，再重试；什么也没有改动。</source>
        <translation>Cannot {what}: the station is in use ({holders}). Close these programs first, then try again; nothing was changed.</translation>
    </message>
    <message>
        <source>工作站正在{what}（{holder}），完成之前不能打开。请稍后再试。</source>
        <translation>The station is busy: {what} ({holder}); it cannot be opened until that is done. Please try again later.</translation>
    </message>
    <message>
        <source>共享数据库正在恢复、修复或升级（{holder}），完成之前不能打开。请稍后再试。</source>
        <translation>The shared database is being restored, repaired or upgraded ({holder}); it cannot be opened until that is done. Please try again later.</translation>
    </message>
    <message>
        <source>{program}，{user}@{host}，进程 {pid}，自 {since} 起</source>
        <translation>{program}, {user}@{host}, process {pid}, since {since}</translation>
    </message>
    <message>
        <source>{field}最多 {limit} 个字，现在有 {length} 个</source>
        <translation>{field} takes at most {limit} characters; it has {length}</translation>
    </message>
    <message>
        <source>请先在核对中确认此候选人，再登记身份查明</source>
        <translation>Confirm this candidate in the review first, then record the identity</translation>
    </message>
    <message>
        <source>这个候选人不是此人的比对结果</source>
        <translation>This candidate is not a result of this person&apos;s search</translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的比对候选人</source>
        <translation>No search candidate with number {id}</translation>
    </message>
    <message>
        <source>另一台工作站（{holder}）正在进行自动比对，请稍后再试</source>
        <translation>Another workstation ({holder}) is running the automatic comparison; try again later</translation>
    </message>
    <message>
        <source>请填写理由（为什么这些候选人都不是此人）</source>
        <translation>Give a reason (why none of these candidates is this person)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>不详</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>公安</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>城管</source>
        <translation>City management</translation>
    </message>
    <message>
        <source>医院</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>精神专科医院</source>
        <translation>Psychiatric hospital</translation>
    </message>
    <message>
        <source>社会福利院 / 托养机构</source>
        <translation>Welfare home / contracted care</translation>
    </message>
    <message>
        <source>未成年人救助保护中心</source>
        <translation>Minors&apos; protection centre</translation>
    </message>
    <message>
        <source>返回站内</source>
        <translation>Back in the station</translation>
    </message>
    <message>
        <source>站内</source>
        <translation>In the station</translation>
    </message>
    <message>
        <source>护送返乡的离站信息（护送人员、接收方）</source>
        <translation>escort departure (escorts, receiver)</translation>
    </message>
    <message>
        <source>接领人的信息（请先办理“接领返乡”离站）</source>
        <translation>relative collecting the person (record a family-pickup departure first)</translation>
    </message>
    <message>
        <source>寻亲公告</source>
        <translation>Family-search announcement</translation>
    </message>
    <message>
        <source>随身物品保管交接清单</source>
        <translation>Belongings custody and handover list</translation>
    </message>
    <message>
        <source>护送返乡交接单</source>
        <translation>Escort handover form</translation>
    </message>
    <message>
        <source>亲属接领登记表</source>
        <translation>Family pickup form</translation>
    </message>
    <message>
        <source>求助登记表</source>
        <translation>Request-for-help record</translation>
    </message>
    <message>
        <source>公安机关护送流浪乞讨人员交接表</source>
        <translation>Police handover form</translation>
    </message>
    <message>
        <source>不予救助通知书</source>
        <translation>Notice of help refused</translation>
    </message>
    <message>
        <source>自行离站声明书</source>
        <translation>Declaration of leaving of own will</translation>
    </message>
    <message>
        <source>在站服务及离站登记表</source>
        <translation>Services and departure record</translation>
    </message>
    <message>
        <source>终止救助通知书</source>
        <translation>Notice of help ended</translation>
    </message>
    <message>
        <source>送医 / 转移安置介绍信</source>
        <translation>Referral letter (hospital / placement)</translation>
    </message>
    <message>
        <source>救助证明</source>
        <translation>Certificate of assistance</translation>
    </message>
    <message>
        <source>乘车凭证 / 现金领取凭证</source>
        <translation>Travel voucher / cash receipt</translation>
    </message>
    <message>
        <source>死亡人员登记表</source>
        <translation>Death record</translation>
    </message>
    <message>
        <source>寻亲公告（汇总）</source>
        <translation>Family-search announcement (sheet)</translation>
    </message>
    <message>
        <source>公安 DNA 采集比对</source>
        <translation>Police DNA comparison</translation>
    </message>
    <message>
        <source>指纹比对</source>
        <translation>Fingerprint comparison</translation>
    </message>
    <message>
        <source>公安人脸比对</source>
        <translation>Police face comparison</translation>
    </message>
    <message>
        <source>互联网寻亲平台</source>
        <translation>Online family-search platform</translation>
    </message>
    <message>
        <source>方言辨识</source>
        <translation>Dialect identification</translation>
    </message>
    <message>
        <source>电话联系</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>走访</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>站内照片比对</source>
        <translation>Photo search in Station</translation>
    </message>
    <message>
        <source>已发出</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>等待结果</source>
        <translation>Awaiting result</translation>
    </message>
    <message>
        <source>无结果</source>
        <translation>No result</translation>
    </message>
    <message>
        <source>有线索</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>延长救助期限</source>
        <translation>Stay extended</translation>
    </message>
    <message>
        <source>长期滞留安置决定</source>
        <translation>Long-stay care decision</translation>
    </message>
    <message>
        <source>启动落户安置</source>
        <translation>Household registration started</translation>
    </message>
    <message>
        <source>站内照料</source>
        <translation>Care in the station</translation>
    </message>
    <message>
        <source>站外托养</source>
        <translation>Outside care</translation>
    </message>
    <message>
        <source>特困供养</source>
        <translation>Special support</translation>
    </message>
    <message>
        <source>别名</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>自述姓名</source>
        <translation>Self-reported name</translation>
    </message>
    <message>
        <source>谐音（音）</source>
        <translation>Sound-alike name</translation>
    </message>
    <message>
        <source>代称</source>
        <translation>Placeholder name</translation>
    </message>
    <message>
        <source>曾用名</source>
        <translation>Former name</translation>
    </message>
    <message>
        <source>落户后正式姓名</source>
        <translation>Official name after settlement</translation>
    </message>
    <message>
        <source>查明的真实姓名</source>
        <translation>True name, found</translation>
    </message>
    <message>
        <source>打拐解救</source>
        <translation>Rescued from trafficking</translation>
    </message>
    <message>
        <source>家暴受害</source>
        <translation>Domestic violence</translation>
    </message>
    <message>
        <source>港澳台居民</source>
        <translation>Hong Kong / Macao / Taiwan resident</translation>
    </message>
    <message>
        <source>外籍人员</source>
        <translation>Foreign national</translation>
    </message>
    <message>
        <source>群众</source>
        <translation>Member of the public</translation>
    </message>
    <message>
        <source>本人求助</source>
        <translation>Came by themselves</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>在站</source>
        <translation>In station</translation>
    </message>
    <message>
        <source>已离站</source>
        <translation>Departed</translation>
    </message>
    <message>
        <source>偏瘦</source>
        <translation>Thin</translation>
    </message>
    <message>
        <source>中等</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>偏胖</source>
        <translation>Heavy</translation>
    </message>
    <message>
        <source>站长</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>登记员</source>
        <translation>Intake clerk</translation>
    </message>
    <message>
        <source>社工</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>医护</source>
        <translation>Medical staff</translation>
    </message>
    <message>
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>无名氏</source>
        <translation>Unidentified </translation>
    </message>
    <message>
        <source>发现时间</source>
        <translation>Found at</translation>
    </message>
    <message>
        <source>入站时间</source>
        <translation>Admitted at</translation>
    </message>
    <message>
        <source>小时</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>天</source>
        <translation>days</translation>
    </message>
    <message>
        <source>个工作日</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>个月</source>
        <translation>months</translation>
    </message>
    <message>
        <source>所有在站（含送医、托养）人员</source>
        <translation>Everyone in the station&apos;s care (hospitals and care homes included)</translation>
    </message>
    <message>
        <source>身份未查明的人员</source>
        <translation>Persons whose identity is not established</translation>
    </message>
    <message>
        <source>无精神障碍、智力障碍的成年人</source>
        <translation>Adults without mental illness or intellectual disability</translation>
    </message>
    <message>
        <source>未成年人</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>老年人</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <source>精神障碍</source>
        <translation>Mental illness</translation>
    </message>
    <message>
        <source>智力障碍</source>
        <translation>Intellectual disability</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>逾期完成</source>
        <translation>Met late</translation>
    </message>
    <message>
        <source>不再需要</source>
        <translation>No longer needed</translation>
    </message>
    <message>
        <source>待办</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>今</source>
        <translation>now</translation>
    </message>
    <message>
        <source>接领返乡</source>
        <translation>Collected by family</translation>
    </message>
    <message>
        <source>护送返乡</source>
        <translation>Escorted home</translation>
    </message>
    <message>
        <source>自行返乡（提供乘车凭证）</source>
        <translation>Went home alone (travel voucher)</translation>
    </message>
    <message>
        <source>安置</source>
        <translation>Placed in an institution</translation>
    </message>
    <message>
        <source>转移</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>自行离站</source>
        <translation>Left of own will</translation>
    </message>
    <message>
        <source>擅自离站</source>
        <translation>Left without checking out</translation>
    </message>
    <message>
        <source>终止救助</source>
        <translation>Help ended</translation>
    </message>
    <message>
        <source>死亡</source>
        <translation>Death</translation>
    </message>
    <message>
        <source>送医或安置记录（请先在“安置”中登记）</source>
        <translation>hospital or placement record (record it under Placements first)</translation>
    </message>
    <message>
        <source>离站时发放的现金或乘车凭证</source>
        <translation>cash or travel voucher handed out at departure</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>估计年龄下限</source>
        <translation>Estimated age from</translation>
    </message>
    <message>
        <source>估计年龄上限</source>
        <translation>Estimated age to</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>籍贯 / 来源地</source>
        <translation>Native place / origin</translation>
    </message>
    <message>
        <source>户籍地</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <source>家属联系方式</source>
        <translation>Family contact</translation>
    </message>
    <message>
        <source>方言口音</source>
        <translation>Dialect / accent</translation>
    </message>
    <message>
        <source>身高</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>体型</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>特征描述</source>
        <translation>Distinguishing features</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>肢体残疾</source>
        <translation>Physical disability</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>登记入站</source>
        <translation>register admissions</translation>
    </message>
    <message>
        <source>修改人员资料</source>
        <translation>edit a person&apos;s details</translation>
    </message>
    <message>
        <source>合并重复档案</source>
        <translation>Merge duplicate records</translation>
    </message>
    <message>
        <source>归还物品</source>
        <translation>hand back belongings</translation>
    </message>
    <message>
        <source>安置送医</source>
        <translation>record placements and hospital stays</translation>
    </message>
    <message>
        <source>记录寻亲工作</source>
        <translation>record family-search work</translation>
    </message>
    <message>
        <source>办理离站</source>
        <translation>record departures</translation>
    </message>
    <message>
        <source>照片比对</source>
        <translation>search photos and decide candidates</translation>
    </message>
    <message>
        <source>管理寻人名单</source>
        <translation>manage missing-person lists</translation>
    </message>
    <message>
        <source>打印文书</source>
        <translation>print documents</translation>
    </message>
    <message>
        <source>导出个人信息</source>
        <translation>export personal data</translation>
    </message>
    <message>
        <source>管理账号</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <source>修改系统设置</source>
        <translation>change system settings</translation>
    </message>
    <message>
        <source>查看审计记录</source>
        <translation>read the audit trail</translation>
    </message>
    <message>
        <source>查看完整证件号和电话</source>
        <translation>see full ID and phone numbers</translation>
    </message>
    <message>
        <source>不存在</source>
        <translation>does not exist</translation>
    </message>
    <message>
        <source>是空的</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>（此处没有备份：请查找其他位置的备份）</source>
        <translation>(no backup here: look for a backup elsewhere)</translation>
    </message>
    <message>
        <source>备份文件夹</source>
        <translation>the backup folder</translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <source>修复数据</source>
        <translation>repair the data</translation>
    </message>
    <message>
        <source>升级数据库</source>
        <translation>upgrade the database</translation>
    </message>
    <message>
        <source>完成中断的恢复</source>
        <translation>finish an interrupted restore</translation>
    </message>
    <message>
        <source>籍贯 / 自述来处</source>
        <translation>Native place / where they say they are from</translation>
    </message>
    <message>
        <source>口音 / 方言</source>
        <translation>Accent / dialect</translation>
    </message>
    <message>
        <source>体貌特征</source>
        <translation>Physical features</translation>
    </message>
    <message>
        <source>身份查明方式</source>
        <translation>How the identity was found</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>发现地点</source>
        <translation>Found where</translation>
    </message>
    <message>
        <source>送站单位 / 人员</source>
        <translation>Brought by (unit / person)</translation>
    </message>
    <message>
        <source>送站人联系方式</source>
        <translation>Contact of who brought them</translation>
    </message>
    <message>
        <source>衣着</source>
        <translation>Clothing</translation>
    </message>
    <message>
        <source>入站健康状况</source>
        <translation>Health on arrival</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>状况</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>领回人</source>
        <translation>Returned to</translation>
    </message>
    <message>
        <source>去向</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>凭证编号</source>
        <translation>Voucher number</translation>
    </message>
    <message>
        <source>亲属姓名</source>
        <translation>Relative&apos;s name</translation>
    </message>
    <message>
        <source>与本人关系</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>亲属电话</source>
        <translation>Relative&apos;s phone</translation>
    </message>
    <message>
        <source>核验的证件</source>
        <translation>Documents checked</translation>
    </message>
    <message>
        <source>护送人员</source>
        <translation>Escorts</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>路线</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>接收单位</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>交接对象</source>
        <translation>Handed to</translation>
    </message>
    <message>
        <source>医院 / 机构</source>
        <translation>Hospital / institution</translation>
    </message>
    <message>
        <source>原因 / 说明</source>
        <translation>Reason / explanation</translation>
    </message>
    <message>
        <source>护送</source>
        <translation>Escort</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>编号 / 联系人</source>
        <translation>Reference / contact</translation>
    </message>
    <message>
        <source>事项名称</source>
        <translation>Task title</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>照片文件名</source>
        <translation>Photo file names</translation>
    </message>
    <message>
        <source>走失地点</source>
        <translation>Place missing</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>名单中的编号</source>
        <translation>Id in the list</translation>
    </message>
    <message>
        <source>本站照片比对</source>
        <translation>Station photo search</translation>
    </message>
    <message>
        <source>比对了 {lists} 个名单共 {searched} 人，列出 {candidates} 名候选人</source>
        <translation>Compared with {lists} list(s), {searched} people in all; {candidates} candidate(s) listed</translation>
    </message>
</context>
<context>
    <name>_Status</name>
    <message>
        <source>暂停</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>拍照</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <source>未检测到摄像头。请连接摄像头后重试，或从文件添加照片。</source>
        <translation>No camera found. Connect a camera and try again, or add photos from files.</translation>
    </message>
</context>
</TS>
