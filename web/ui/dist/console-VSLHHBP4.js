"use strict";(()=>{var xe,w,ut,no,ae,at,dt,pt,He,Ae,ye,mt,je,Be,Qe,ft,ke={},Ie=[],oo=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Se=Array.isArray;function se(e,n){for(var o in n)e[o]=n[o];return e}function Ge(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function ro(e,n,o){var r,a,s,l={};for(s in n)s=="key"?r=n[s]:s=="ref"?a=n[s]:l[s]=n[s];if(arguments.length>2&&(l.children=arguments.length>3?xe.call(arguments,2):o),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)l[s]===void 0&&(l[s]=e.defaultProps[s]);return ve(e,l,r,a,null)}function ve(e,n,o,r,a){var s={type:e,props:n,key:o,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:a??++ut,__i:-1,__u:0};return a==null&&w.vnode!=null&&w.vnode(s),s}function J(e){return e.children}function Ee(e,n){this.props=e,this.context=n}function ce(e,n){if(n==null)return e.__?ce(e.__,e.__i+1):null;for(var o;n<e.__k.length;n++)if((o=e.__k[n])!=null&&o.__e!=null)return o.__e;return typeof e.type=="function"?ce(e):null}function io(e){if(e.__P&&e.__d){var n=e.__v,o=n.__e,r=[],a=[],s=se({},n);s.__v=n.__v+1,w.vnode&&w.vnode(s),ze(e.__P,s,n,e.__n,e.__P.namespaceURI,32&n.__u?[o]:null,r,o??ce(n),!!(32&n.__u),a),s.__v=n.__v,s.__.__k[s.__i]=s,Ct(r,s,a),n.__e=n.__=null,s.__e!=o&&yt(s)}}function yt(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(n){if(n!=null&&n.__e!=null)return e.__e=e.__c.base=n.__e}),yt(e)}function We(e){(!e.__d&&(e.__d=!0)&&ae.push(e)&&!De.__r++||at!=w.debounceRendering)&&((at=w.debounceRendering)||dt)(De)}function De(){try{for(var e,n=1;ae.length;)ae.length>n&&ae.sort(pt),e=ae.shift(),n=ae.length,io(e)}finally{ae.length=De.__r=0}}function gt(e,n,o,r,a,s,l,d,u,c,f){var m,i,p,g,_,C,h=r&&r.__k||Ie,b=n.length;for(u=so(o,n,h,u,b),m=0;m<b;m++)(p=o.__k[m])!=null&&(i=p.__i!=-1&&h[p.__i]||ke,p.__i=m,C=ze(e,p,i,a,s,l,d,u,c,f),g=p.__e,p.ref&&i.ref!=p.ref&&(i.ref&&Je(i.ref,null,p),f.push(p.ref,p.__c||g,p)),_==null&&g!=null&&(_=g),4&p.__u?(u=ht(p,u,e),i.__e&&(i.__e=null)):typeof p.type=="function"&&C!==void 0?u=C:g&&(u=g.nextSibling),p.__u&=-7);return o.__e=_,u}function so(e,n,o,r,a){var s,l,d,u,c,f=o.length,m=f,i=0;for(e.__k=new Array(a),s=0;s<a;s++)(l=n[s])!=null&&typeof l!="boolean"&&typeof l!="function"?(typeof l=="string"||typeof l=="number"||typeof l=="bigint"||l.constructor==String?l=e.__k[s]=ve(null,l,null,null,null):Se(l)?l=e.__k[s]=ve(J,{children:l},null,null,null):l.constructor===void 0&&l.__b>0?l=e.__k[s]=ve(l.type,l.props,l.key,l.ref?l.ref:null,l.__v):e.__k[s]=l,u=s+i,l.__=e,l.__b=e.__b+1,d=null,(c=l.__i=ao(l,o,u,m))!=-1&&(m--,(d=o[c])&&(d.__u|=2)),d==null||d.__v==null?(c==-1&&(a>f?i--:a<f&&i++),typeof l.type!="function"&&(l.__u|=4)):c!=u&&(c==u-1?i--:c==u+1?i++:(c>u?i--:i++,l.__u|=4))):e.__k[s]=null;if(m)for(s=0;s<f;s++)(d=o[s])!=null&&(2&d.__u)==0&&(d.__e==r&&(r=ce(d)),At(d,d));return r}function ht(e,n,o){var r,a;if(typeof e.type=="function"){for(r=e.__k,a=0;r&&a<r.length;a++)r[a]&&(r[a].__=e,n=ht(r[a],n,o));return n}e.__e!=n&&(n&&e.type&&!n.parentNode&&(n=ce(e)),n=o.insertBefore(e.__e,n||null));do n=n&&n.nextSibling;while(n!=null&&n.nodeType==8);return n}function ao(e,n,o,r){var a,s,l,d=e.key,u=e.type,c=n[o],f=c!=null&&(2&c.__u)==0;if(c===null&&d==null||f&&d==c.key&&u==c.type)return o;if(r>(f?1:0)){for(a=o-1,s=o+1;a>=0||s<n.length;)if((c=n[l=a>=0?a--:s++])!=null&&(2&c.__u)==0&&d==c.key&&u==c.type)return l}return-1}function lt(e,n,o){n[0]=="-"?e.setProperty(n,o??""):e[n]=o==null?"":typeof o!="number"||oo.test(n)?o:o+"px"}function _e(e,n,o,r,a){var s,l;e:if(n=="style")if(typeof o=="string")e.style.cssText=o;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(n in r)o&&n in o||lt(e.style,n,"");if(o)for(n in o)r&&o[n]==r[n]||lt(e.style,n,o[n])}else if(n[0]=="o"&&n[1]=="n")s=n!=(n=n.replace(mt,"$1")),l=n.toLowerCase(),n=l in e||n=="onFocusOut"||n=="onFocusIn"?l.slice(2):n.slice(2),e.l||(e.l={}),e.l[n+s]=o,o?r?o[ye]=r[ye]:(o[ye]=je,e.addEventListener(n,s?Qe:Be,s)):e.removeEventListener(n,s?Qe:Be,s);else{if(a=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in e)try{e[n]=o??"";break e}catch{}typeof o=="function"||(o==null||o===!1&&n[4]!="-"?e.removeAttribute(n):e.setAttribute(n,n=="popover"&&o==1?"":o))}}function ct(e){return function(n){if(this.l){var o=this.l[n.type+e];if(n[Ae]==null)n[Ae]=je++;else if(n[Ae]<o[ye])return;return o(w.event?w.event(n):n)}}}function ze(e,n,o,r,a,s,l,d,u,c){var f,m,i,p,g,_,C,h,b,A,D,v,P,B,F,oe,z=n.type;if(n.constructor!==void 0)return null;128&o.__u&&(u=!!(32&o.__u),s=[d=n.__e=o.__e]),(f=w.__b)&&f(n);e:if(typeof z=="function"){m=l.length;try{if(b=n.props,A=z.prototype&&z.prototype.render,D=(f=z.contextType)&&r[f.__c],v=f?D?D.props.value:f.__:r,o.__c?h=(i=n.__c=o.__c).__=i.__E:(A?n.__c=i=new z(b,v):(n.__c=i=new Ee(b,v),i.constructor=z,i.render=co),D&&D.sub(i),i.state||(i.state={}),i.__n=r,p=i.__d=!0,i.__h=[],i._sb=[]),A&&i.__s==null&&(i.__s=i.state),A&&z.getDerivedStateFromProps!=null&&(i.__s==i.state&&(i.__s=se({},i.__s)),se(i.__s,z.getDerivedStateFromProps(b,i.__s))),g=i.props,_=i.state,i.__v=n,p)A&&z.getDerivedStateFromProps==null&&i.componentWillMount!=null&&i.componentWillMount(),A&&i.componentDidMount!=null&&i.__h.push(i.componentDidMount);else{if(A&&z.getDerivedStateFromProps==null&&b!==g&&i.componentWillReceiveProps!=null&&i.componentWillReceiveProps(b,v),n.__v==o.__v||!i.__e&&i.shouldComponentUpdate!=null&&i.shouldComponentUpdate(b,i.__s,v)===!1){n.__v!=o.__v&&(i.props=b,i.state=i.__s,i.__d=!1),n.__e=o.__e,n.__k=o.__k,n.__k.some(function(x){x&&(x.__=n)}),Ie.push.apply(i.__h,i._sb),i._sb=[],i.__h.length&&l.push(i),d=ce(o);break e}i.componentWillUpdate!=null&&i.componentWillUpdate(b,i.__s,v),A&&i.componentDidUpdate!=null&&i.__h.push(function(){i.componentDidUpdate(g,_,C)})}if(i.context=v,i.props=b,i.__P=e,i.__e=!1,P=w.__r,B=0,A)i.state=i.__s,i.__d=!1,P&&P(n),f=i.render(i.props,i.state,i.context),Ie.push.apply(i.__h,i._sb),i._sb=[];else do i.__d=!1,P&&P(n),f=i.render(i.props,i.state,i.context),i.state=i.__s;while(i.__d&&++B<25);i.state=i.__s,i.getChildContext!=null&&(r=se(se({},r),i.getChildContext())),A&&!p&&i.getSnapshotBeforeUpdate!=null&&(C=i.getSnapshotBeforeUpdate(g,_)),F=f!=null&&f.type===J&&f.key==null?_t(f.props.children):f,d=gt(e,Se(F)?F:[F],n,o,r,a,s,l,d,u,c),i.base=n.__e,n.__u&=-161,i.__h.length&&l.push(i),h&&(i.__E=i.__=null)}catch(x){if(l.length=m,n.__v=null,u||s!=null){if(x.then){for(n.__u|=u?160:128;d&&d.nodeType==8&&d.nextSibling;)d=d.nextSibling;s!=null&&(s[s.indexOf(d)]=null),n.__e=d}else if(s!=null)for(oe=s.length;oe--;)Ge(s[oe])}else n.__e=o.__e;n.__k==null&&(n.__k=o.__k||[]),x.then||bt(n),w.__e(x,n,o)}}else s==null&&n.__v==o.__v?(n.__k=o.__k,n.__e=o.__e):d=n.__e=lo(o.__e,n,o,r,a,s,l,u,c);return(f=w.diffed)&&f(n),128&n.__u?void 0:d}function bt(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(bt))}function Ct(e,n,o){for(var r=0;r<o.length;r++)Je(o[r],o[++r],o[++r]);w.__c&&w.__c(n,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(s){s.call(a)})}catch(s){w.__e(s,a.__v)}})}function _t(e){return typeof e!="object"||e==null||e.__b>0?e:Se(e)?e.map(_t):e.constructor!==void 0?null:se({},e)}function lo(e,n,o,r,a,s,l,d,u){var c,f,m,i,p,g,_,C=o.props||ke,h=n.props,b=n.type;if(b=="svg"?a="http://www.w3.org/2000/svg":b=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),s!=null){for(c=0;c<s.length;c++)if((p=s[c])&&"setAttribute"in p==!!b&&(b?p.localName==b:p.nodeType==3)){e=p,s[c]=null;break}}if(e==null){if(b==null)return document.createTextNode(h);e=document.createElementNS(a,b,h.is&&h),d&&(w.__m&&w.__m(n,s),d=!1),s=null}if(b==null)C===h||d&&e.data==h||(e.data=h);else{if(s=b=="textarea"&&h.defaultValue!=null?null:s&&xe.call(e.childNodes),!d&&s!=null)for(C={},c=0;c<e.attributes.length;c++)C[(p=e.attributes[c]).name]=p.value;for(c in C)p=C[c],c=="dangerouslySetInnerHTML"?m=p:c=="children"||c in h||c=="value"&&"defaultValue"in h||c=="checked"&&"defaultChecked"in h||_e(e,c,null,p,a);for(c in h)p=h[c],c=="children"?i=p:c=="dangerouslySetInnerHTML"?f=p:c=="value"?g=p:c=="checked"?_=p:d&&typeof p!="function"||C[c]===p||_e(e,c,p,C[c],a);if(f)d||m&&(f.__html==m.__html||f.__html==e.innerHTML)||(e.innerHTML=f.__html),n.__k=[];else if(m&&(e.innerHTML=""),gt(n.type=="template"?e.content:e,Se(i)?i:[i],n,o,r,b=="foreignObject"?"http://www.w3.org/1999/xhtml":a,s,l,s?s[0]:o.__k&&ce(o,0),d,u),s!=null)for(c=s.length;c--;)Ge(s[c]);d&&b!="textarea"||(c="value",b=="progress"&&g==null?e.removeAttribute("value"):g!=null&&(g!==e[c]||b=="progress"&&!g||b=="option"&&g!=C[c])&&_e(e,c,g,C[c],a),c="checked",_!=null&&_!=e[c]&&_e(e,c,_,C[c],a))}return e}function Je(e,n,o){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&n==null||(e.__u=e(n))}else e.current=n}catch(a){w.__e(a,o)}}function At(e,n,o){var r,a;if(w.unmount&&w.unmount(e),(r=e.ref)&&(r.current&&r.current!=e.__e||Je(r,null,n)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(s){w.__e(s,n)}r.base=r.__P=r.__n=null}if(r=e.__k)for(a=0;a<r.length;a++)r[a]&&At(r[a],n,o||typeof e.type!="function");o||Ge(e.__e),e.__c=e.__=e.__e=void 0}function co(e,n,o){return this.constructor(e,o)}function vt(e,n,o){var r,a,s,l;n==document&&(n=document.documentElement),w.__&&w.__(e,n),a=(r=typeof o=="function")?null:o&&o.__k||n.__k,s=[],l=[],ze(n,e=(!r&&o||n).__k=ro(J,null,[e]),a||ke,ke,n.namespaceURI,!r&&o?[o]:a?null:n.firstChild?xe.call(n.childNodes):null,s,!r&&o?o:a?a.__e:n.firstChild,r,l),Ct(s,e,l),e.props.children=null}function Et(e){function n(o){var r,a;return this.getChildContext||(r=new Set,(a={})[n.__c]=this,this.getChildContext=function(){return a},this.componentWillUnmount=function(){r=null},this.shouldComponentUpdate=function(s){this.props.value!=s.value&&r.forEach(function(l){l.__e=!0,We(l)})},this.sub=function(s){r.add(s);var l=s.componentWillUnmount;s.componentWillUnmount=function(){r&&r.delete(s),l&&l.call(s)}}),o.children}return n.__c="__cC"+ft++,n.__=e,n.Provider=n.__l=(n.Consumer=function(o,r){return o.children(r)}).contextType=n,n}xe=Ie.slice,w={__e:function(e,n,o,r){for(var a,s,l;n=n.__;)if((a=n.__c)&&!a.__)try{if((s=a.constructor)&&s.getDerivedStateFromError!=null&&(a.setState(s.getDerivedStateFromError(e)),l=a.__d),a.componentDidCatch!=null&&(a.componentDidCatch(e,r||{}),l=a.__d),l)return a.__E=a}catch(d){e=d}throw e}},ut=0,no=function(e){return e!=null&&e.constructor===void 0},Ee.prototype.setState=function(e,n){var o;o=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=se({},this.state),typeof e=="function"&&(e=e(se({},o),this.props)),e&&se(o,e),e!=null&&this.__v&&(n&&this._sb.push(n),We(this))},Ee.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),We(this))},Ee.prototype.render=J,ae=[],dt=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,pt=function(e,n){return e.__v.__b-n.__v.__b},De.__r=0,He=Math.random().toString(8),Ae="__d"+He,ye="__a"+He,mt=/(PointerCapture)$|Capture$/i,je=0,Be=ct(!1),Qe=ct(!0),ft=0;var ue,q,Ye,kt,ge=0,Pt=[],O=w,It=O.__b,Dt=O.__r,xt=O.diffed,St=O.__c,Tt=O.unmount,wt=O.__;function he(e,n){O.__h&&O.__h(q,e,ge||n),ge=0;var o=q.__H||(q.__H={__:[],__h:[]});return e>=o.__.length&&o.__.push({}),o.__[e]}function y(e){return ge=1,uo(Kt,e)}function uo(e,n,o){var r=he(ue++,2);if(r.t=e,!r.__c&&(r.__=[o?o(n):Kt(void 0,n),function(d){var u=r.__N?r.__N[0]:r.__[0],c=r.t(u,d);u!==c&&(r.__N=[c,r.__[1]],r.__c.setState({}))}],r.__c=q,!q.__f)){var a=function(d,u,c){if(!r.__c.__H)return!0;var f=!1,m=r.__c.props!==d;if(r.__c.__H.__.some(function(p){if(p.__N){f=!0;var g=p.__[0];p.__=p.__N,p.__N=void 0,g!==p.__[0]&&(m=!0)}}),s){var i=s.call(this,d,u,c);return f?i||m:i}return!f||m};q.__f=!0;var s=q.shouldComponentUpdate,l=q.componentWillUpdate;q.componentWillUpdate=function(d,u,c){if(this.__e){var f=s;s=void 0,a(d,u,c),s=f}l&&l.call(this,d,u,c)},q.shouldComponentUpdate=a}return r.__N||r.__}function re(e,n){var o=he(ue++,3);!O.__s&&Mt(o.__H,n)&&(o.__=e,o.u=n,q.__H.__h.push(o))}function we(e){return ge=5,Rt(function(){return{current:e}},[])}function Rt(e,n){var o=he(ue++,7);return Mt(o.__H,n)&&(o.__=e(),o.__H=n,o.__h=e),o.__}function Nt(e,n){return ge=8,Rt(function(){return e},n)}function qt(e){var n=q.context[e.__c],o=he(ue++,9);return o.c=e,n?(o.__==null&&(o.__=!0,n.sub(q)),n.props.value):e.__}function Ze(){var e=he(ue++,11);if(!e.__){for(var n=q.__v;n!==null&&!n.__m&&n.__!==null;)n=n.__;var o=n.__m||(n.__m=[0,0]);e.__="P"+o[0]+"-"+o[1]++}return e.__}function po(){for(var e;e=Pt.shift();){var n=e.__H;if(e.__P&&n)try{n.__h.some(Te),n.__h.some(Xe),n.__h=[]}catch(o){n.__h=[],O.__e(o,e.__v)}}}O.__b=function(e){q=null,It&&It(e)},O.__=function(e,n){e&&n.__k&&n.__k.__m&&(e.__m=n.__k.__m),wt&&wt(e,n)},O.__r=function(e){Dt&&Dt(e),ue=0;var n=(q=e.__c).__H;n&&(Ye===q?(n.__h=[],q.__h=[],n.__.some(function(o){o.__N&&(o.__=o.__N),o.u=o.__N=void 0})):(n.__h.some(Te),n.__h.some(Xe),n.__h=[],ue=0)),Ye=q},O.diffed=function(e){xt&&xt(e);var n=e.__c;n&&n.__H&&(n.__H.__h.length&&(Pt.push(n)!==1&&kt===O.requestAnimationFrame||((kt=O.requestAnimationFrame)||mo)(po)),n.__H.__.some(function(o){o.u&&(o.__H=o.u,o.u=void 0)})),Ye=q=null},O.__c=function(e,n){n.some(function(o){try{o.__h.some(Te),o.__h=o.__h.filter(function(r){return!r.__||Xe(r)})}catch(r){n.some(function(a){a.__h&&(a.__h=[])}),n=[],O.__e(r,o.__v)}}),St&&St(e,n)},O.unmount=function(e){Tt&&Tt(e);var n,o=e.__c;o&&o.__H&&(o.__H.__.some(function(r){try{Te(r)}catch(a){n=a}}),o.__H=void 0,n&&O.__e(n,o.__v))};var $t=typeof requestAnimationFrame=="function";function mo(e){var n,o=function(){clearTimeout(r),$t&&cancelAnimationFrame(n),setTimeout(e)},r=setTimeout(o,35);$t&&(n=requestAnimationFrame(o))}function Te(e){var n=q,o=e.__c;typeof o=="function"&&(e.__c=void 0,o()),q=n}function Xe(e){var n=q;e.__c=e.__(),q=n}function Mt(e,n){return!e||e.length!==n.length||n.some(function(o,r){return o!==e[r]})}function Kt(e,n){return typeof n=="function"?n(e):n}function Y(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function le(e){return Y(e)==="object"}function fo(e){return Array.isArray(e)&&e.length>0&&e.every(n=>"message"in n)}function et(e,n){return e.length<124?e:n}var Lt="graphql-transport-ws";var ee=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(ee||{}),te=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(te||{});function Ft(e){if(!le(e))throw new Error(`Message is expected to be an object, but got ${Y(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${Y(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!le(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${Y(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!le(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${Y(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${Y(e.payload.query)}`);if(e.payload.variables!=null&&!le(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${Y(e.payload.variables)}`);if(e.payload.operationName!=null&&Y(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${Y(e.payload.operationName)}`);if(e.payload.extensions!=null&&!le(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${Y(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${Y(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!le(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${Y(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${Y(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!fo(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${Y(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function Ut(e,n){return Ft(typeof e=="string"?JSON.parse(e,n):e)}function me(e,n){return Ft(e),JSON.stringify(e,n)}function nt(e){let{url:n,connectionParams:o,lazy:r=!0,onNonLazyError:a=console.error,lazyCloseTimeout:s=0,keepAlive:l=0,disablePong:d,connectionAckWaitTimeout:u=0,retryAttempts:c=5,retryWait:f=async function(N){let E=Math.pow(2,N);await new Promise(T=>setTimeout(T,E*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:m=tt,on:i,webSocketImpl:p,generateID:g=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,N=>{let E=Math.random()*16|0;return(N=="x"?E:E&3|8).toString(16)})},jsonMessageReplacer:_,jsonMessageReviver:C}=e,h;if(p){if(!go(p))throw new Error("Invalid WebSocket implementation provided");h=p}else typeof WebSocket<"u"?h=WebSocket:typeof global<"u"?h=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(h=window.WebSocket||window.MozWebSocket);if(!h)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");let b=h,A=(()=>{let k=(()=>{let E={};return{on(T,U){return E[T]=U,()=>{delete E[T]}},emit(T){"id"in T&&E[T.id]?.(T)}}})(),N={connecting:i?.connecting?[i.connecting]:[],opened:i?.opened?[i.opened]:[],connected:i?.connected?[i.connected]:[],ping:i?.ping?[i.ping]:[],pong:i?.pong?[i.pong]:[],message:i?.message?[k.emit,i.message]:[k.emit],closed:i?.closed?[i.closed]:[],error:i?.error?[i.error]:[]};return{onMessage:k.on,on(E,T){let U=N[E];return U.push(T),()=>{let V=U.indexOf(T);V>-1&&U.splice(V,1)}},emit(E,...T){for(let U of[...N[E]])U(...T)}}})();function D(k){let N=[A.on("error",E=>{N.forEach(T=>T()),k(E)}),A.on("closed",E=>{N.forEach(T=>T()),k(E)})];return()=>N.forEach(E=>E())}let v,P=0,B,F=!1,oe=0,z=!1;async function x(){clearTimeout(B);let[k,N]=await(v??(v=new Promise((U,V)=>(async()=>{if(F){if(await f(oe),!P)return v=void 0,V({code:1e3,reason:"All Subscriptions Gone"});oe++}A.emit("connecting",F);let S=new b(typeof n=="function"?await n():n,Lt),ie,de;function Ce(){isFinite(l)&&l>0&&(clearTimeout(de),de=setTimeout(()=>{S.readyState===b.OPEN&&(S.send(me({type:te.Ping})),A.emit("ping",!1,void 0))},l))}D(j=>{v=void 0,clearTimeout(ie),clearTimeout(de),V(j),j instanceof be&&(S.close(4499,"Terminated"),S.onerror=null,S.onclose=null)}),S.onerror=j=>A.emit("error",j),S.onclose=j=>A.emit("closed",j),S.onopen=async()=>{try{A.emit("opened",S);let j=typeof o=="function"?await o():o;if(S.readyState!==b.OPEN)return;S.send(me(j?{type:te.ConnectionInit,payload:j}:{type:te.ConnectionInit},_)),isFinite(u)&&u>0&&(ie=setTimeout(()=>{S.close(ee.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},u)),Ce()}catch(j){A.emit("error",j),S.close(ee.InternalClientError,et(j instanceof Error?j.message:String(j),"Internal client error"))}};let pe=!1;S.onmessage=({data:j})=>{try{let Q=Ut(j,C);if(A.emit("message",Q),Q.type==="ping"||Q.type==="pong"){A.emit(Q.type,!0,Q.payload),Q.type==="pong"?Ce():d||(S.send(me(Q.payload?{type:te.Pong,payload:Q.payload}:{type:te.Pong},_)),A.emit("pong",!1,Q.payload));return}if(pe)return;if(Q.type!==te.ConnectionAck)throw new Error(`First message cannot be of type ${Q.type}`);clearTimeout(ie),pe=!0,A.emit("connected",S,Q.payload,F),F=!1,oe=0;let st=new Promise((Mo,to)=>D(to));st.catch(()=>{}),U([S,st])}catch(Q){S.onmessage=null,A.emit("error",Q),S.close(ee.BadResponse,et(Q instanceof Error?Q.message:String(Q),"Bad response"))}}})())));k.readyState===b.CLOSING&&await N;let E=()=>{},T=new Promise(U=>E=U);return[k,E,new Promise((U,V)=>{let S=D(V);k.readyState!==b.OPEN&&N.catch(V),T.then(()=>{if(S(),!P){let ie=()=>k.close(1e3,"Normal Closure");isFinite(s)&&s>0?(clearTimeout(B),B=setTimeout(()=>{!P&&k.readyState===b.OPEN&&ie()},s)):ie()}U()})})]}function K(k){if(tt(k)&&(yo(k.code)||[ee.InternalServerError,ee.InternalClientError,ee.BadRequest,ee.BadResponse,ee.Unauthorized,ee.SubprotocolNotAcceptable,ee.SubscriberAlreadyExists,ee.TooManyInitialisationRequests].includes(k.code)))throw k;if(z)return!1;if(tt(k)&&k.code===1e3)return P>0;if(!c||oe>=c||!m(k))throw k;return F=!0}r||(async()=>{for(P++;;)try{let[,,k]=await x();await k}catch(k){try{if(!K(k))return}catch(N){return a?.(N)}}})();function W(k,N){let E=g(k),T=!1,U=!1,V=()=>{P--,T=!0};return(async()=>{for(P++;;)try{let[S,ie,de]=await x();if(T)return de.catch(()=>{}),ie();let Ce=A.onMessage(E,pe=>{switch(pe.type){case te.Next:{N.next(pe.payload);return}case te.Error:{U=!0,T=!0,N.error(pe.payload),V();return}case te.Complete:{T=!0,V();return}}});S.send(me({id:E,type:te.Subscribe,payload:k},_)),V=()=>{!T&&S.readyState===b.OPEN&&S.send(me({id:E,type:te.Complete},_)),P--,T=!0,ie()},await de.finally(Ce);return}catch(S){if(!K(S))return}})().then(()=>{U||N.complete()}).catch(S=>{N.error(S)}),()=>{T||V()}}return{on:A.on,subscribe:W,iterate(k){let N=[],E={done:!1,error:null,resolve:()=>{}},T=W(k,{next(V){N.push(V),E.resolve()},error(V){E.done=!0,E.error=V,E.resolve()},complete(){E.done=!0,E.resolve()}}),U=(async function*(){for(;;){for(N.length||await new Promise(S=>E.resolve=S);N.length;)yield N.shift();if(E.error)throw E.error;if(E.done)return}})();return U.throw=async V=>(E.done||(E.done=!0,E.error=V,E.resolve()),{done:!0,value:void 0}),U.return=async()=>(T(),{done:!0,value:void 0}),U},async dispose(){if(z=!0,v){let[k]=await v;k.close(1e3,"Normal Closure")}},terminate(){v&&A.emit("closed",new be)}}}var be=class extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1};function tt(e){return le(e)&&"code"in e&&"reason"in e}function yo(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function go(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}var ne=class extends Error{constructor(o,r){super(r.map(a=>`${Vt(a)}: ${a.message}`).join("; "));this.status=o;this.errors=r}status;errors;get code(){return this.errors[0]?Vt(this.errors[0]):"UNKNOWN"}};function Vt(e){return e.extensions?.code??"UNKNOWN"}var $e=class{constructor(n,o){this.key=o;let r=new URL("graphql",n),a=new URL(r);a.protocol=r.protocol==="https:"?"wss:":"ws:",this.http=r.href,this.ws=a.href}key;http;ws;socket;open=!1;async run(n,...[o]){let r;try{r=await fetch(this.http,{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json",Authorization:`Bearer ${this.key}`},body:JSON.stringify({query:n.toString(),variables:o??{}})})}catch{throw new ne(0,[{message:"the server could not be reached",extensions:{code:"NETWORK"}}])}let a;try{a=await r.json()}catch{throw new ne(r.status,[{message:`the server answered ${r.status} without a GraphQL body`,extensions:{code:"HTTP"}}])}if(a.errors?.length||a.data==null)throw new ne(r.status,a.errors??[]);return a.data}subscribe(n,o,r,a,s){this.socket??=nt({url:this.ws,connectionParams:{Authorization:`Bearer ${this.key}`},lazy:!0,shouldRetry:u=>!(u instanceof CloseEvent&&(u.code===4401||u.code===4403)),retryAttempts:5,on:{connected:()=>this.open=!0,closed:()=>this.open=!1}});let l=()=>{};s&&this.open?setTimeout(s):s&&(l=this.socket.on("connected",()=>setTimeout(s)));let d=this.socket.subscribe({query:n.toString(),variables:o},{next:u=>{u.errors?.length?a(new ne(200,u.errors)):u.data&&r(u.data)},error:u=>a(ho(u)),complete:()=>{}});return()=>{l(),d()}}close(){this.socket?.dispose(),this.socket=void 0}};function ho(e){if(Array.isArray(e))return new ne(200,e);if(e instanceof CloseEvent){let n=e.code===4401?"UNAUTHENTICATED":e.code===4403?"FORBIDDEN":"CLOSED";return new ne(0,[{message:e.reason||`the live connection closed (${e.code})`,extensions:{code:n}}])}return new ne(0,[{message:"the live connection failed",extensions:{code:"NETWORK"}}])}var bo=0;function t(e,n,o,r,a,s){n||(n={});var l,d,u=n;if("ref"in u)for(d in u={},n)d=="ref"?l=n[d]:u[d]=n[d];var c={type:e,props:u,key:o,ref:l,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--bo,__i:-1,__u:0,__source:a,__self:s};if(typeof e=="function"&&(l=e.defaultProps))for(d in l)u[d]===void 0&&(u[d]=l[d]);return w.vnode&&w.vnode(c),c}function H(e){let n=we(null),o=Ze();return re(()=>{let r=n.current;return r&&!r.open&&r.showModal(),()=>r?.close()},[]),t("dialog",{ref:n,class:e.wide?"wide":void 0,"aria-labelledby":o,onCancel:r=>{r.preventDefault(),e.onClose()},children:[t("header",{class:"dialog-head",children:[t("h2",{id:o,children:e.title}),t("button",{type:"button",class:"icon","aria-label":"Close",onClick:e.onClose,children:"\xD7"})]}),e.children]})}function $({error:e}){if(!e)return null;let n=e instanceof ne?e:void 0,o=n?.errors.length?n.errors:[{message:String(e?.message??e),extensions:{code:"ERROR"}}];return t("div",{class:"error",role:"alert",children:o.map((r,a)=>{let s=(r.extensions?.fields??[]).filter(l=>!r.message.includes(l.message));return t("div",{children:[t("code",{class:"code",children:r.extensions?.code??"UNKNOWN"})," ",r.message,s.length?t("ul",{children:s.map(l=>t("li",{children:[t("code",{children:l.field}),": ",l.message]},l.field))}):null]},a)})})}function I(e){let n=Ze(),o=e.hint?`${n}-hint`:void 0;return t("div",{class:"field",children:[t("label",{for:n,children:e.label}),e.children(n,o),e.hint?t("small",{id:o,class:"hint",children:e.hint}):null]})}function G(e){if(!e)return"\u2014";let n=new Date(e);return Number.isNaN(n.getTime())?e:n.toLocaleString()}async function Ot(e){try{return await navigator.clipboard.writeText(e),!0}catch{return!1}}function X(e,n){let[o,r]=y(void 0),[a,s]=y(null),[l,d]=y(!0),u=we(0),c=Nt(async()=>{let f=++u.current;d(!0);try{let m=await e();if(f!==u.current)return;r(m),s(null)}catch(m){if(f!==u.current)return;s(m)}finally{f===u.current&&d(!1)}},n);return re(()=>{c()},[c]),{data:o,error:a,loading:l,reload:c}}function Pe(){let[e,n]=y(!1),[o,r]=y(null);return{busy:e,error:o,act:async(s,l)=>{n(!0),r(null);try{await s(),l()}catch(d){r(d)}finally{n(!1)}}}}var R=class extends String{__apiType;value;__meta__;constructor(n,o){super(n),this.value=n,this.__meta__=o}toString(){return this.value}},Ht=new R(`
    query ConnectStart {
  viewer {
    permission
    authAccess {
      personId
      sources
      expiresTime
    }
  }
  sources(first: 100) {
    edges {
      node {
        key
        name
        credentialTypes {
          key
          name
          requiresPlatformApp
          fields {
            name
            label
            secret
            required
            pattern
          }
        }
      }
    }
  }
}
    `),Bt=new R(`
    mutation ConnectAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    alreadyExists
    account {
      id
      identifier
      source {
        key
        name
      }
    }
  }
}
    `),Qt=new R(`
    query ConsoleViewer {
  viewer {
    permission
    environment {
      id
      name
      slug
    }
    authAccess {
      id
      name
      personId
    }
  }
}
    `),Wt=new R(`
    query ConsoleAccounts($filter: String, $sortBy: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  accounts(
    filter: $filter
    sortBy: $sortBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        identifier
        displayName
        isEnabled
        disabledReason
        verificationStatus
        verifiedTime
        verificationError
        createdTime
        source {
          key
          name
        }
        creator {
          kind
          personId
          authAccess {
            name
          }
        }
      }
    }
  }
}
    `),jt=new R(`
    query ConsoleAccount($id: ID!, $events: String!) {
  account(id: $id) {
    id
    identifier
    identifierKind
    displayName
    externalId
    foreignId
    metadata
    isEnabled
    disabledReason
    verificationStatus
    verifiedTime
    verificationError
    createdTime
    updatedTime
    credentialType
    source {
      key
      name
    }
    platformApp {
      name
    }
    creator {
      kind
      personId
      authAccess {
        name
      }
    }
  }
  events(filter: $events, sortBy: "createdTime:DESC", first: 50) {
    edges {
      node {
        id
        type
        createdTime
        data
        personId
        authAccess {
          name
        }
      }
    }
  }
}
    `),Gt=new R(`
    query ConsoleCatalog {
  sources(first: 100) {
    edges {
      node {
        id
        key
        name
        verification {
          baseUrl
          method
          path
          placement
          identifierPath
        }
        credentialTypes {
          key
          name
          requiresPlatformApp
          fields {
            name
            label
            secret
            required
            pattern
          }
        }
      }
    }
  }
}
    `),zt=new R(`
    query ConsolePlatformApps {
  platformApps(first: 100, sortBy: "name") {
    edges {
      node {
        id
        name
        clientId
        createdTime
        source {
          key
          name
        }
      }
    }
  }
}
    `),Jt=new R(`
    mutation ConsoleCreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    alreadyExists
    account {
      id
      identifier
      source {
        name
      }
    }
  }
}
    `),Yt=new R(`
    mutation ConsoleVerifyAccount($id: ID!) {
  verifyAccount(id: $id) {
    account {
      id
      isEnabled
      disabledReason
      verificationStatus
      verifiedTime
      verificationError
    }
  }
}
    `),Xt=new R(`
    mutation ConsoleEnableAccount($id: ID!) {
  enableAccount(id: $id) {
    account {
      id
      isEnabled
      disabledReason
    }
  }
}
    `),Zt=new R(`
    mutation ConsoleDisableAccount($id: ID!) {
  disableAccount(id: $id) {
    account {
      id
      isEnabled
      disabledReason
    }
  }
}
    `),en=new R(`
    mutation ConsoleDeleteAccount($id: ID!) {
  deleteAccount(id: $id) {
    deletedId
  }
}
    `),tn=new R(`
    mutation ConsoleUpdateAccount($id: ID!, $change: AccountChange, $remove: [AccountField!]) {
  updateAccount(id: $id, change: $change, remove: $remove) {
    account {
      id
      identifier
      displayName
      metadata
      foreignId
    }
  }
}
    `),nn=new R(`
    query ConsoleKeys($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  authAccesses(
    filter: $filter
    sortBy: "createdTime:DESC"
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        name
        description
        foreignId
        foreignData
        token
        permission
        isEnabled
        lastUsedTime
        expiresTime
        personId
        sources
        createdTime
      }
    }
  }
}
    `),on=new R(`
    mutation ConsoleCreateKey($input: CreateAuthAccessInput!) {
  createAuthAccess(input: $input) {
    secretKey
    authAccess {
      id
      name
      token
      permission
    }
  }
}
    `),rn=new R(`
    mutation ConsoleRotateKey($id: ID!, $gracePeriod: Int) {
  rotateAuthAccessSecret(id: $id, gracePeriod: $gracePeriod) {
    secretKey
    previousSecretExpiresTime
    authAccess {
      id
      name
    }
  }
}
    `),sn=new R(`
    mutation ConsoleEnableKey($id: ID!) {
  enableAuthAccess(id: $id) {
    authAccess {
      id
      isEnabled
    }
  }
}
    `),an=new R(`
    mutation ConsoleDisableKey($id: ID!) {
  disableAuthAccess(id: $id) {
    authAccess {
      id
      isEnabled
    }
  }
}
    `),ln=new R(`
    mutation ConsoleUpdateKey($id: ID!, $change: AuthAccessChange, $remove: [AuthAccessField!]) {
  updateAuthAccess(id: $id, change: $change, remove: $remove) {
    authAccess {
      id
      description
      foreignData
    }
  }
}
    `),cn=new R(`
    mutation ConsoleCreateConnectSession($input: CreateConnectSessionInput!) {
  createConnectSession(input: $input) {
    secretKey
    expiresTime
    authAccess {
      id
      name
      personId
      sources
    }
  }
}
    `),un=new R(`
    query ConsoleRecentEvents($filter: String) {
  events(filter: $filter, sortBy: "createdTime:DESC", first: 50) {
    edges {
      node {
        id
        type
        subjectId
        personId
        createdTime
        data
        authAccess {
          name
        }
      }
    }
  }
}
    `),dn=new R(`
    subscription ConsoleEvents($types: [EventType!]) {
  events(types: $types) {
    id
    type
    subjectId
    personId
    createdTime
    data
    authAccess {
      name
    }
  }
}
    `),pn=new R(`
    mutation ConsoleCreatePlatformApp($input: CreatePlatformAppInput!) {
  createPlatformApp(input: $input) {
    platformApp {
      id
      name
      clientId
    }
  }
}
    `),mn=new R(`
    mutation ConsoleCreateCustomSource($input: CreateCustomSourceInput!) {
  createCustomSource(input: $input) {
    source {
      id
      key
      name
    }
  }
}
    `);var _o={"\n  query ConnectStart {\n    viewer { permission authAccess { personId sources expiresTime } }\n    sources(first: 100) {\n      edges {\n        node {\n          key name\n          credentialTypes { key name requiresPlatformApp fields { name label secret required pattern } }\n        }\n      }\n    }\n  }\n":Ht,"\n  mutation ConnectAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { alreadyExists account { id identifier source { key name } } }\n  }\n":Bt,"\n  query ConsoleViewer {\n    viewer {\n      permission\n      environment { id name slug }\n      authAccess { id name personId }\n    }\n  }\n":Qt,"\n  query ConsoleAccounts($filter: String, $sortBy: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    accounts(filter: $filter, sortBy: $sortBy, first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node {\n          id identifier displayName isEnabled disabledReason\n          verificationStatus verifiedTime verificationError createdTime\n          source { key name }\n          creator { kind personId authAccess { name } }\n        }\n      }\n    }\n  }\n":Wt,'\n  query ConsoleAccount($id: ID!, $events: String!) {\n    account(id: $id) {\n      id identifier identifierKind displayName externalId foreignId metadata\n      isEnabled disabledReason verificationStatus verifiedTime verificationError\n      createdTime updatedTime credentialType\n      source { key name }\n      platformApp { name }\n      creator { kind personId authAccess { name } }\n    }\n    events(filter: $events, sortBy: "createdTime:DESC", first: 50) {\n      edges { node { id type createdTime data personId authAccess { name } } }\n    }\n  }\n':jt,"\n  query ConsoleCatalog {\n    sources(first: 100) {\n      edges {\n        node {\n          id key name\n          verification { baseUrl method path placement identifierPath }\n          credentialTypes { key name requiresPlatformApp fields { name label secret required pattern } }\n        }\n      }\n    }\n  }\n":Gt,'\n  query ConsolePlatformApps {\n    platformApps(first: 100, sortBy: "name") {\n      edges { node { id name clientId createdTime source { key name } } }\n    }\n  }\n':zt,"\n  mutation ConsoleCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { alreadyExists account { id identifier source { name } } }\n  }\n":Jt,"\n  mutation ConsoleVerifyAccount($id: ID!) {\n    verifyAccount(id: $id) { account { id isEnabled disabledReason verificationStatus verifiedTime verificationError } }\n  }\n":Yt,"\n  mutation ConsoleEnableAccount($id: ID!) {\n    enableAccount(id: $id) { account { id isEnabled disabledReason } }\n  }\n":Xt,"\n  mutation ConsoleDisableAccount($id: ID!) {\n    disableAccount(id: $id) { account { id isEnabled disabledReason } }\n  }\n":Zt,"\n  mutation ConsoleDeleteAccount($id: ID!) {\n    deleteAccount(id: $id) { deletedId }\n  }\n":en,"\n  mutation ConsoleUpdateAccount($id: ID!, $change: AccountChange, $remove: [AccountField!]) {\n    updateAccount(id: $id, change: $change, remove: $remove) { account { id identifier displayName metadata foreignId } }\n  }\n":tn,'\n  query ConsoleKeys($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    authAccesses(filter: $filter, sortBy: "createdTime:DESC", first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node {\n          id name description foreignId foreignData token permission isEnabled\n          lastUsedTime expiresTime personId sources createdTime\n        }\n      }\n    }\n  }\n':nn,"\n  mutation ConsoleCreateKey($input: CreateAuthAccessInput!) {\n    createAuthAccess(input: $input) { secretKey authAccess { id name token permission } }\n  }\n":on,"\n  mutation ConsoleRotateKey($id: ID!, $gracePeriod: Int) {\n    rotateAuthAccessSecret(id: $id, gracePeriod: $gracePeriod) { secretKey previousSecretExpiresTime authAccess { id name } }\n  }\n":rn,"\n  mutation ConsoleEnableKey($id: ID!) {\n    enableAuthAccess(id: $id) { authAccess { id isEnabled } }\n  }\n":sn,"\n  mutation ConsoleDisableKey($id: ID!) {\n    disableAuthAccess(id: $id) { authAccess { id isEnabled } }\n  }\n":an,"\n  mutation ConsoleUpdateKey($id: ID!, $change: AuthAccessChange, $remove: [AuthAccessField!]) {\n    updateAuthAccess(id: $id, change: $change, remove: $remove) { authAccess { id description foreignData } }\n  }\n":ln,"\n  mutation ConsoleCreateConnectSession($input: CreateConnectSessionInput!) {\n    createConnectSession(input: $input) { secretKey expiresTime authAccess { id name personId sources } }\n  }\n":cn,'\n  query ConsoleRecentEvents($filter: String) {\n    events(filter: $filter, sortBy: "createdTime:DESC", first: 50) {\n      edges { node { id type subjectId personId createdTime data authAccess { name } } }\n    }\n  }\n':un,"\n  subscription ConsoleEvents($types: [EventType!]) {\n    events(types: $types) { id type subjectId personId createdTime data authAccess { name } }\n  }\n":dn,"\n  mutation ConsoleCreatePlatformApp($input: CreatePlatformAppInput!) {\n    createPlatformApp(input: $input) { platformApp { id name clientId } }\n  }\n":pn,"\n  mutation ConsoleCreateCustomSource($input: CreateCustomSourceInput!) {\n    createCustomSource(input: $input) { source { id key name } }\n  }\n":mn};function L(e){return _o[e]??{}}var fn=L(`
  query ConsoleViewer {
    viewer {
      permission
      environment { id name slug }
      authAccess { id name personId }
    }
  }
`),yn=L(`
  query ConsoleAccounts($filter: String, $sortBy: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    accounts(filter: $filter, sortBy: $sortBy, first: $first, after: $after, last: $last, before: $before) {
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        node {
          id identifier displayName isEnabled disabledReason
          verificationStatus verifiedTime verificationError createdTime
          source { key name }
          creator { kind personId authAccess { name } }
        }
      }
    }
  }
`),gn=L(`
  query ConsoleAccount($id: ID!, $events: String!) {
    account(id: $id) {
      id identifier identifierKind displayName externalId foreignId metadata
      isEnabled disabledReason verificationStatus verifiedTime verificationError
      createdTime updatedTime credentialType
      source { key name }
      platformApp { name }
      creator { kind personId authAccess { name } }
    }
    events(filter: $events, sortBy: "createdTime:DESC", first: 50) {
      edges { node { id type createdTime data personId authAccess { name } } }
    }
  }
`),fe=L(`
  query ConsoleCatalog {
    sources(first: 100) {
      edges {
        node {
          id key name
          verification { baseUrl method path placement identifierPath }
          credentialTypes { key name requiresPlatformApp fields { name label secret required pattern } }
        }
      }
    }
  }
`),Re=L(`
  query ConsolePlatformApps {
    platformApps(first: 100, sortBy: "name") {
      edges { node { id name clientId createdTime source { key name } } }
    }
  }
`),hn=L(`
  mutation ConsoleCreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) { alreadyExists account { id identifier source { name } } }
  }
`),bn=L(`
  mutation ConsoleVerifyAccount($id: ID!) {
    verifyAccount(id: $id) { account { id isEnabled disabledReason verificationStatus verifiedTime verificationError } }
  }
`),Cn=L(`
  mutation ConsoleEnableAccount($id: ID!) {
    enableAccount(id: $id) { account { id isEnabled disabledReason } }
  }
`),_n=L(`
  mutation ConsoleDisableAccount($id: ID!) {
    disableAccount(id: $id) { account { id isEnabled disabledReason } }
  }
`),An=L(`
  mutation ConsoleDeleteAccount($id: ID!) {
    deleteAccount(id: $id) { deletedId }
  }
`),vn=L(`
  mutation ConsoleUpdateAccount($id: ID!, $change: AccountChange, $remove: [AccountField!]) {
    updateAccount(id: $id, change: $change, remove: $remove) { account { id identifier displayName metadata foreignId } }
  }
`),En=L(`
  query ConsoleKeys($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    authAccesses(filter: $filter, sortBy: "createdTime:DESC", first: $first, after: $after, last: $last, before: $before) {
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        node {
          id name description foreignId foreignData token permission isEnabled
          lastUsedTime expiresTime personId sources createdTime
        }
      }
    }
  }
`),kn=L(`
  mutation ConsoleCreateKey($input: CreateAuthAccessInput!) {
    createAuthAccess(input: $input) { secretKey authAccess { id name token permission } }
  }
`),In=L(`
  mutation ConsoleRotateKey($id: ID!, $gracePeriod: Int) {
    rotateAuthAccessSecret(id: $id, gracePeriod: $gracePeriod) { secretKey previousSecretExpiresTime authAccess { id name } }
  }
`),Dn=L(`
  mutation ConsoleEnableKey($id: ID!) {
    enableAuthAccess(id: $id) { authAccess { id isEnabled } }
  }
`),xn=L(`
  mutation ConsoleDisableKey($id: ID!) {
    disableAuthAccess(id: $id) { authAccess { id isEnabled } }
  }
`),Sn=L(`
  mutation ConsoleUpdateKey($id: ID!, $change: AuthAccessChange, $remove: [AuthAccessField!]) {
    updateAuthAccess(id: $id, change: $change, remove: $remove) { authAccess { id description foreignData } }
  }
`),Tn=L(`
  mutation ConsoleCreateConnectSession($input: CreateConnectSessionInput!) {
    createConnectSession(input: $input) { secretKey expiresTime authAccess { id name personId sources } }
  }
`),wn=L(`
  query ConsoleRecentEvents($filter: String) {
    events(filter: $filter, sortBy: "createdTime:DESC", first: 50) {
      edges { node { id type subjectId personId createdTime data authAccess { name } } }
    }
  }
`),$n=L(`
  subscription ConsoleEvents($types: [EventType!]) {
    events(types: $types) { id type subjectId personId createdTime data authAccess { name } }
  }
`),Pn=L(`
  mutation ConsoleCreatePlatformApp($input: CreatePlatformAppInput!) {
    createPlatformApp(input: $input) { platformApp { id name clientId } }
  }
`),Rn=L(`
  mutation ConsoleCreateCustomSource($input: CreateCustomSourceInput!) {
    createCustomSource(input: $input) { source { id key name } }
  }
`);function qn(e){return{permission:e,read:e!=="CREDENTIALS_IN_ONLY",write:e==="READ_WRITE_NO_CREDENTIALS_OUT"||e==="FULL_ACCESS",addAccounts:e!=="READ_ONLY"}}var Nn=["CREDENTIALS_IN_ONLY","READ_ONLY","READ_CREDENTIALS_IN","READ_WRITE_NO_CREDENTIALS_OUT","FULL_ACCESS"];function Mn(e){return e==="FULL_ACCESS"?Nn:e==="READ_WRITE_NO_CREDENTIALS_OUT"?Nn.filter(n=>n!=="FULL_ACCESS"):[]}function Z(e,n){return`Your key's level, ${e}, may not ${n}.`}function Ne(e){let{api:n,caps:o}=M(),r=e.account,{busy:a,error:s,act:l}=Pe(),[d,u]=y(null),c=o.write?void 0:Z(o.permission,"change accounts");return t("div",{class:"actions",children:[t("button",{type:"button",disabled:a||!o.write,title:c,onClick:()=>l(()=>n.run(bn,{id:r.id}),e.onChange),children:"Verify"}),r.isEnabled?t("button",{type:"button",disabled:a||!o.write,title:c,onClick:()=>l(()=>n.run(_n,{id:r.id}),e.onChange),children:"Disable"}):t("button",{type:"button",disabled:a||!o.write,title:c,onClick:()=>l(()=>n.run(Cn,{id:r.id}),e.onChange),children:"Enable"}),t("button",{type:"button",disabled:a||!o.write,title:c,onClick:()=>u("edit"),children:"Edit"}),t("button",{type:"button",class:"danger",disabled:a||!o.write,title:c,onClick:()=>u("delete"),children:"Delete"}),t($,{error:s}),d==="edit"?t(Ao,{account:r,onClose:()=>u(null),onSaved:()=>{u(null),e.onChange()}}):null,d==="delete"?t(H,{title:`Delete ${r.identifier}?`,onClose:()=>u(null),children:[t("p",{children:"The account and its stored credentials are deleted for good. Its events stay."}),t("div",{class:"buttons",children:[t("button",{type:"button",onClick:()=>u(null),children:"Cancel"}),t("button",{type:"button",class:"danger",disabled:a,onClick:()=>l(()=>n.run(An,{id:r.id}),()=>{u(null),(e.onDeleted??e.onChange)()}),children:"Delete account"})]}),t($,{error:s})]}):null]})}function Ao(e){let{api:n}=M(),o=e.account,[r,a]=y(o.identifier),[s,l]=y(o.displayName??""),[d,u]=y(o.foreignId??""),[c,f]=y(o.metadata?JSON.stringify(o.metadata,null,2):""),[m,i]=y(null),[p,g]=y(!1),_=async h=>{h.preventDefault();let b;if(c.trim()){try{b=JSON.parse(c)}catch{i(new Error("Metadata is not valid JSON."));return}if(!b||typeof b!="object"||Array.isArray(b)){i(new Error('Metadata must be a JSON object, such as {"plan": "pro"}.'));return}}let A={},D=[];r.trim()!==o.identifier&&(A.identifier=r.trim()),s.trim()?A.displayName=s.trim():o.displayName&&D.push("DISPLAY_NAME"),d.trim()?A.foreignId=d.trim():o.foreignId&&D.push("FOREIGN_ID"),b?A.metadata=b:o.metadata&&D.push("METADATA"),g(!0);try{await n.run(vn,{id:o.id,change:A,remove:D}),e.onSaved()}catch(v){i(v)}finally{g(!1)}},C=(h,b,A,D)=>t(I,{label:h,hint:D,children:(v,P)=>t("input",{id:v,"aria-describedby":P,value:b,onInput:B=>A(B.target.value)})});return t(H,{title:`Edit ${o.identifier}`,onClose:e.onClose,children:t("form",{onSubmit:_,children:[C("Identifier",r,a,"Unique per source in this environment."),C("Display name",s,l),C("Foreign ID",d,u,"Your own system\u2019s id for this account."),t(I,{label:"Metadata (JSON object)",children:h=>t("textarea",{id:h,rows:5,spellcheck:!1,value:c,onInput:b=>f(b.target.value)})}),t($,{error:m}),t("div",{class:"buttons",children:[t("button",{type:"button",onClick:e.onClose,children:"Cancel"}),t("button",{type:"submit",class:"primary",disabled:p,children:"Save"})]})]})})}function qe(e){switch(e){case"MANUAL":return"disabled by hand";case"CREDENTIALS_REVOKED":return"credentials revoked at the source";case"CREDENTIALS_EXPIRED":return"credentials expired";default:return"disabled"}}function Me(e){return e==="VERIFIED"?"verified":e==="FAILED"?"failed":"not verified"}function Ke(e){return e.kind==="UI"?e.personId?`person ${e.personId}`:"a person":e.authAccess?`key ${e.authAccess.name}`:"an API key"}function Kn({id:e}){let{api:n}=M(),o=X(()=>n.run(gn,{id:e,events:`subjectId = ${JSON.stringify(e)}`}),[e]),r=o.data?.account;if(o.error)return t($,{error:o.error});if(!o.data)return t("p",{class:"loading",children:"Loading\u2026"});if(!r)return t("section",{children:[t("h1",{children:"Account not found"}),t("p",{children:["It was deleted, or your key cannot see it. ",t("a",{href:"#/accounts",children:"Back to the accounts"})]})]});let a=[["Source",`${r.source.name} (${r.credentialType})`],["Identifier",`${r.identifier} (${r.identifierKind==="CUSTOM"?"custom":"from the source"})`],["Display name",r.displayName??"\u2014"],["Status",r.isEnabled?"enabled":`disabled: ${qe(r.disabledReason)}`],["Verification",`${Me(r.verificationStatus)} ${G(r.verifiedTime)}`],["Last verification error",r.verificationError??"\u2014"],["External id",r.externalId??"\u2014"],["Foreign id",r.foreignId??"\u2014"],["Platform app",r.platformApp?.name??"\u2014"],["Creator",Ke(r.creator)],["Created",G(r.createdTime)],["Updated",G(r.updatedTime)],["ID",r.id]];return t("section",{"aria-labelledby":"account-title",children:[t("p",{children:t("a",{href:"#/accounts",children:"\u2190 Accounts"})}),t("h1",{id:"account-title",children:r.displayName??r.identifier}),t(Ne,{account:r,onChange:o.reload,onDeleted:()=>location.hash="#/accounts"}),t("dl",{class:"fields",children:[a.map(([s,l])=>t("div",{children:[t("dt",{children:s}),t("dd",{children:l})]},s)),t("div",{children:[t("dt",{children:"Metadata"}),t("dd",{children:r.metadata?t("pre",{children:JSON.stringify(r.metadata,null,2)}):"\u2014"})]})]}),t("h2",{children:"Events"}),t("ol",{class:"events",children:o.data.events.edges.map(({node:s})=>t("li",{children:[t("code",{children:s.type})," ",t("time",{dateTime:s.createdTime,children:G(s.createdTime)}),s.authAccess?t("span",{children:[" by key ",s.authAccess.name]}):s.personId?t("span",{children:[" by person ",s.personId]}):null,s.data?t("pre",{children:JSON.stringify(s.data)}):null]},s.id))})]})}function Ln(e,n){let o={};for(let r of e){let a=n[r.name]??"";if(a===""){r.required&&(o[r.name]=`${r.label} is required.`);continue}r.pattern&&!vo(r.pattern,a)&&(o[r.name]=`${r.label} does not have the expected form.`)}return o}function vo(e,n){try{return new RegExp(`^(?:${e})$`,"u").test(n)}catch{return!0}}function Fn(e,n){let o={};for(let r of e){let a=n[r.name];a&&(o[r.name]=a)}return o}function Un(e){return t(J,{children:e.type.fields.map(n=>t(I,{label:n.label+(n.required?"":" (optional)"),hint:e.problems[n.name],children:(o,r)=>t("input",{id:o,name:n.name,type:n.secret?"password":"text",autocomplete:"off",spellcheck:!1,required:n.required,"aria-invalid":e.problems[n.name]?"true":void 0,"aria-describedby":r,value:e.values[n.name]??"",onInput:a=>e.onInput(n.name,a.target.value)})},n.name))})}function Vn(){let[e,n]=y({}),[o,r]=y({});return{values:e,problems:o,setProblems:r,onInput:(a,s)=>{n(l=>({...l,[a]:s})),r(l=>{let{[a]:d,...u}=l;return u})},reset:()=>{n({}),r({})}}}function On(e){let{api:n,caps:o}=M(),r=X(()=>n.run(fe),[]),a=X(()=>o.read?n.run(Re):Promise.resolve(null),[]),s=r.data?.sources.edges.map(x=>x.node)??[],[l,d]=y(""),[u,c]=y(""),[f,m]=y(""),[i,p]=y(""),[g,_]=y(""),C=Vn(),[h,b]=y(!1),[A,D]=y(null),[v,P]=y(null),B=s.find(x=>x.key===l),F=B?.credentialTypes.find(x=>x.key===u)??B?.credentialTypes[0],oe=(a.data?.platformApps.edges??[]).map(x=>x.node).filter(x=>x.source.key===l),z=async x=>{if(x.preventDefault(),!B||!F)return;let K=Ln(F.fields,C.values);if(C.setProblems(K),!Object.keys(K).length){b(!0),D(null);try{let W=await n.run(hn,{input:{source:B.key,credentialType:F.key,credentials:Fn(F.fields,C.values),platformApp:F.requiresPlatformApp&&f||null,identifier:i.trim()||null,displayName:g.trim()||null}});C.reset(),P({identifier:W.createAccount.account.identifier,source:W.createAccount.account.source.name,alreadyExists:W.createAccount.alreadyExists}),e.onAdded()}catch(W){D(W)}finally{b(!1)}}};return v?t(H,{title:"Account added",onClose:e.onClose,children:[t("p",{role:"status",class:"success",children:v.alreadyExists?`${v.source} account ${v.identifier} was already connected; its credentials were refreshed.`:`${v.source} account ${v.identifier} was verified and added.`}),t("div",{class:"buttons",children:[t("button",{type:"button",onClick:()=>P(null),children:"Add another"}),t("button",{type:"button",class:"primary",onClick:e.onClose,children:"Done"})]})]}):t(H,{title:"Add account",onClose:e.onClose,children:[t($,{error:r.error}),t("form",{onSubmit:z,noValidate:!0,children:[t(I,{label:"Source",children:x=>t("select",{id:x,required:!0,value:l,onChange:K=>{d(K.target.value),c(""),m(""),C.reset()},children:[t("option",{value:"",children:"Choose a source\u2026"}),s.map(K=>t("option",{value:K.key,children:K.name},K.key))]})}),B&&B.credentialTypes.length>1?t(I,{label:"Credential type",children:x=>t("select",{id:x,value:F?.key,onChange:K=>{c(K.target.value),C.reset()},children:B.credentialTypes.map(K=>t("option",{value:K.key,children:K.name},K.key))})}):null,F?.requiresPlatformApp?t(I,{label:"Platform app",hint:oe.length?void 0:`No platform app of ${B?.name} yet: add one on the Sources page.`,children:(x,K)=>t("select",{id:x,required:!0,"aria-describedby":K,value:f,onChange:W=>m(W.target.value),children:[t("option",{value:"",children:"Choose an app\u2026"}),oe.map(W=>t("option",{value:W.id,children:W.name},W.id))]})}):null,F?t(Un,{type:F,values:C.values,problems:C.problems,onInput:C.onInput}):null,F?t(J,{children:[t(I,{label:"Identifier (optional)",hint:"The source's own id (such as the shop's) when left empty.",children:(x,K)=>t("input",{id:x,"aria-describedby":K,value:i,onInput:W=>p(W.target.value)})}),t(I,{label:"Display name (optional)",children:x=>t("input",{id:x,value:g,onInput:K=>_(K.target.value)})})]}):null,A?t(Eo,{error:A}):null,t("div",{class:"buttons",children:[t("button",{type:"button",onClick:e.onClose,children:"Cancel"}),t("button",{type:"submit",class:"primary",disabled:h||!F,children:h?"Verifying\u2026":"Verify and add"})]})]})]})}function Eo({error:e}){let n=e instanceof ne&&e.code==="VERIFICATION_FAILED";return t(J,{children:[n?t("p",{class:"failure",children:"The source refused these credentials, so nothing was stored. Check them and try again."}):null,t($,{error:e})]})}var Hn=20;function Le(e){return e.before?{last:Hn,before:e.before}:{first:Hn,after:e.after??null}}function Fe(){let[e,n]=y({});return{position:e,setPosition:n,reset:()=>n({})}}function Ue(e){let n=e.info,o=!!n&&(e.position.before?n.hasPreviousPage:!!e.position.after),r=!!n&&(e.position.before?!0:n.hasNextPage);return t("nav",{class:"pager","aria-label":`${e.label} pages`,children:[t("button",{type:"button",disabled:!o,onClick:()=>n?.startCursor&&e.onMove({before:n.startCursor}),children:"\u2190 Previous"}),t("button",{type:"button",disabled:!r,onClick:()=>n?.endCursor&&e.onMove({after:n.endCursor}),children:"Next \u2192"})]})}var Bn=[{label:"Identifier",key:"identifier"},{label:"Source"},{label:"Display name",key:"displayName"},{label:"Status",key:"isEnabled"},{label:"Verification"},{label:"Creator"},{label:"Created",key:"createdTime"},{label:"Actions"}];function Qn(){let{api:e,caps:n}=M(),[o,r]=y(""),[a,s]=y(""),[l,d]=y({key:"createdTime",desc:!0}),{position:u,setPosition:c,reset:f}=Fe(),[m,i]=y(!1),p=`${l.key}:${l.desc?"DESC":"ASC"}`,g=X(()=>e.run(yn,{filter:a||null,sortBy:p,...Le(u)}),[a,p,u]),_=g.data?.accounts.edges.map(h=>h.node)??[],C=h=>{d(b=>b.key===h?{key:h,desc:!b.desc}:{key:h,desc:!1}),f()};return t("section",{"aria-labelledby":"accounts-title",children:[t("div",{class:"page-head",children:[t("h1",{id:"accounts-title",children:"Accounts"}),t("button",{type:"button",class:"primary",disabled:!n.addAccounts,title:n.addAccounts?void 0:Z(n.permission,"add accounts"),onClick:()=>i(!0),children:"Add account"})]}),n.read?null:t("p",{class:"note",children:Z(n.permission,"read accounts other than those it added")}),t("form",{class:"filter",role:"search",onSubmit:h=>{h.preventDefault(),s(o.trim()),f()},children:[t("label",{for:"account-filter",children:"Filter"}),t("input",{id:"account-filter",type:"search",spellcheck:!1,placeholder:'isEnabled = false and source.key = "shopify"',"aria-describedby":"account-filter-hint",value:o,onInput:h=>r(h.target.value)}),t("button",{type:"submit",children:"Apply"}),t("small",{id:"account-filter-hint",class:"hint",children:["The list language, such as ",t("code",{children:'identifier startsWith "acme"'})," or"," ",t("code",{children:"createdTime isAfter Yesterday"}),"."]})]}),t($,{error:g.error}),t("table",{class:"data","aria-busy":g.loading,children:[t("caption",{class:"visually-hidden",children:["Accounts, sorted by ",l.key," ",l.desc?"descending":"ascending"]}),t("thead",{children:t("tr",{children:Bn.map(h=>t("th",{scope:"col","aria-sort":h.key&&h.key===l.key?l.desc?"descending":"ascending":void 0,children:h.key?t("button",{type:"button",class:"sort",onClick:()=>C(h.key),children:[h.label,t("span",{"aria-hidden":"true",children:h.key===l.key?l.desc?" \u25BC":" \u25B2":""})]}):h.label},h.label))})}),t("tbody",{children:[_.map(h=>t(ko,{account:h,onChange:g.reload},h.id)),!g.loading&&_.length===0?t("tr",{children:t("td",{colSpan:Bn.length,class:"empty",children:["No accounts",a?" match this filter":" yet","."]})}):null]})]}),t(Ue,{label:"Accounts",info:g.data?.accounts.pageInfo,position:u,onMove:c}),m?t(On,{onClose:()=>i(!1),onAdded:()=>{f(),g.reload()}}):null]})}function ko({account:e,onChange:n}){return t("tr",{"data-account":e.identifier,children:[t("td",{children:t("a",{href:`#/accounts/${encodeURIComponent(e.id)}`,children:e.identifier})}),t("td",{children:e.source.name}),t("td",{children:e.displayName??"\u2014"}),t("td",{class:"status",children:[e.isEnabled?t("span",{class:"badge ok",children:"enabled"}):t("span",{class:"badge off",children:"disabled"}),e.isEnabled?null:t("small",{children:[" ",qe(e.disabledReason)]})]}),t("td",{children:[Me(e.verificationStatus),t("small",{children:[" ",G(e.verifiedTime)]})]}),t("td",{children:Ke(e.creator)}),t("td",{children:G(e.createdTime)}),t("td",{children:t(Ne,{account:e,onChange:n})})]})}var Io=[{label:"Accounts",types:["ACCOUNT_ADDED","ACCOUNT_VERIFIED","ACCOUNT_VERIFICATION_FAILED","ACCOUNT_UPDATED","ACCOUNT_ENABLED","ACCOUNT_DISABLED","ACCOUNT_DELETED","ACCOUNT_CREDENTIALS_REVEALED"]},{label:"Keys",types:["AUTH_ACCESS_CREATED","AUTH_ACCESS_UPDATED","AUTH_ACCESS_ENABLED","AUTH_ACCESS_DISABLED","AUTH_ACCESS_SECRET_ROTATED"]},{label:"Sources",types:["SOURCE_CREATED","PLATFORM_APP_CREATED"]}];function Wn(e,n){let o=new Set(e.map(a=>a.id)),r=[...e,...n.filter(a=>!o.has(a.id))];return r.sort((a,s)=>a.createdTime<s.createdTime?1:a.createdTime>s.createdTime?-1:a.id<s.id?1:-1),r.slice(0,200)}function jn(){let{api:e,caps:n}=M(),[o,r]=y([]),[a,s]=y([]),[l,d]=y("connecting"),[u,c]=y(null);if(re(()=>{if(!n.read)return;d("connecting"),c(null),s([]);let m=!1,i=o.length?`type in {${o.map(_=>JSON.stringify(_)).join(", ")}}`:null,p=()=>e.run(wn,{filter:i}).then(_=>{m||(s(C=>Wn(C,_.events.edges.map(h=>h.node))),d("live"))}).catch(_=>{m||c(_)}),g=e.subscribe($n,{types:o.length?o:null},_=>s(C=>Wn(C,[_.events])),_=>{d("closed"),c(_)},()=>{p()});return()=>{m=!0,g()}},[o.join(",")]),!n.read)return t("section",{children:[t("h1",{children:"Events"}),t("p",{class:"note",children:Z(n.permission,"read events")})]});let f=(m,i)=>r(p=>i?[...p,m]:p.filter(g=>g!==m));return t("section",{"aria-labelledby":"events-title",children:[t("div",{class:"page-head",children:[t("h1",{id:"events-title",children:"Events"}),t("span",{class:`live ${l}`,role:"status",children:l==="live"?"\u25CF live":l==="connecting"?"connecting\u2026":"not live"})]}),t("details",{class:"types",children:[t("summary",{children:["Types ",o.length?`(${o.length} chosen)`:"(all)"]}),Io.map(m=>t("fieldset",{children:[t("legend",{children:m.label}),m.types.map(i=>t("label",{class:"check",children:[t("input",{type:"checkbox",checked:o.includes(i),onChange:p=>f(i,p.target.checked)})," ",i]},i))]},m.label))]}),t($,{error:u}),t("ol",{class:"events","aria-live":"polite","aria-label":"Events, newest first",children:[a.map(m=>t("li",{"data-event":m.type,children:[t("code",{children:m.type})," ",t("time",{dateTime:m.createdTime,children:G(m.createdTime)})," ",m.type.startsWith("ACCOUNT_")&&m.type!=="ACCOUNT_DELETED"?t("a",{href:`#/accounts/${encodeURIComponent(m.subjectId)}`,children:m.subjectId}):t("span",{children:m.subjectId}),m.authAccess?t("span",{children:[" by key ",m.authAccess.name]}):m.personId?t("span",{children:[" by person ",m.personId]}):null,m.data?t("pre",{children:JSON.stringify(m.data)}):null]},m.id)),a.length===0&&l!=="connecting"?t("li",{class:"empty",children:"No events yet."}):null]})]})}function Ve({secret:e}){let[n,o]=y(null);return t("div",{class:"secret-once",children:[t("p",{class:"warning",role:"alert",children:"Copy this secret key now: it is shown only this once. Latchkey keeps only its hash and cannot show it again."}),t("div",{class:"secret-row",children:[t("code",{class:"secret","data-secret":!0,children:e}),t("button",{type:"button",onClick:async()=>o(await Ot(e)),children:"Copy"})]}),n===!0?t("p",{role:"status",children:"Copied to the clipboard."}):null,n===!1?t("p",{role:"status",children:"The browser refused the clipboard: select the key and copy it by hand."}):null]})}function Gn(e){let{api:n,caps:o}=M(),r=Mn(o.permission),[a,s]=y(""),[l,d]=y("READ_ONLY"),[u,c]=y(""),[f,m]=y(""),[i,p]=y(""),[g,_]=y(null),[C,h]=y(!1),[b,A]=y(null);return b?t(H,{title:`Key ${a} created`,onClose:e.onClose,children:[t(Ve,{secret:b}),t("div",{class:"buttons",children:t("button",{type:"button",class:"primary",onClick:e.onClose,children:"Done"})})]}):t(H,{title:"Create key",onClose:e.onClose,children:t("form",{onSubmit:async D=>{D.preventDefault(),h(!0),_(null);try{let v=await n.run(kn,{input:{name:a.trim(),permission:l,description:u.trim()||null,foreignId:f.trim()||null,expiresTime:i?new Date(i).toISOString():null}});A(v.createAuthAccess.secretKey),e.onCreated()}catch(v){_(v)}finally{h(!1)}},children:[t(I,{label:"Name",hint:"What the key is for, such as \u201Cbilling service\u201D.",children:(D,v)=>t("input",{id:D,required:!0,"aria-describedby":v,value:a,onInput:P=>s(P.target.value)})}),t(I,{label:"Permission level",hint:"A key can never give more than its own level allows.",children:(D,v)=>t("select",{id:D,"aria-describedby":v,value:l,onChange:P=>d(P.target.value),children:r.map(P=>t("option",{value:P,children:P},P))})}),t(I,{label:"Description (optional)",children:D=>t("input",{id:D,value:u,onInput:v=>c(v.target.value)})}),t(I,{label:"Foreign ID (optional)",children:D=>t("input",{id:D,value:f,onInput:v=>m(v.target.value)})}),t(I,{label:"Expires (optional)",children:D=>t("input",{id:D,type:"datetime-local",value:i,onInput:v=>p(v.target.value)})}),t($,{error:g}),t("div",{class:"buttons",children:[t("button",{type:"button",onClick:e.onClose,children:"Cancel"}),t("button",{type:"submit",class:"primary",disabled:C,children:"Create key"})]})]})})}function zn(e){let{api:n}=M(),o=X(()=>n.run(fe),[]),[r,a]=y(""),[s,l]=y([]),[d,u]=y(15),[c,f]=y(null),[m,i]=y(null);return m?t(H,{title:"Connect session created",onClose:e.onClose,children:[t(Ve,{secret:m.secret}),t("p",{children:["Pass it to ",t("code",{children:"Latchkey.connect"})," in the end user\u2019s page; it expires at ",new Date(m.expires).toLocaleString(),"."]}),t("div",{class:"buttons",children:t("button",{type:"button",class:"primary",onClick:e.onClose,children:"Done"})})]}):t(H,{title:"New connect session",onClose:e.onClose,children:t("form",{onSubmit:async p=>{p.preventDefault(),f(null);try{let g=await n.run(Tn,{input:{personId:r.trim(),sources:s.length?s:null,expiresIn:d*60}});i({secret:g.createConnectSession.secretKey,expires:g.createConnectSession.expiresTime}),e.onCreated()}catch(g){f(g)}},children:[t(I,{label:"Person",hint:"Your id of the end user the session acts for.",children:(p,g)=>t("input",{id:p,required:!0,"aria-describedby":g,value:r,onInput:_=>a(_.target.value)})}),t("fieldset",{children:[t("legend",{children:"Sources (none checked: all)"}),(o.data?.sources.edges??[]).map(({node:p})=>t("label",{class:"check",children:[t("input",{type:"checkbox",checked:s.includes(p.key),onChange:g=>{let _=g.target.checked;l(C=>_?[...C,p.key]:C.filter(h=>h!==p.key))}})," ",p.name]},p.key))]}),t(I,{label:"Expires in (minutes)",children:p=>t("input",{id:p,type:"number",min:1,max:1440,value:d,onInput:g=>u(Number(g.target.value))})}),t($,{error:c??o.error}),t("div",{class:"buttons",children:[t("button",{type:"button",onClick:e.onClose,children:"Cancel"}),t("button",{type:"submit",class:"primary",children:"Create session"})]})]})})}function Jn(){let{api:e,caps:n}=M(),[o,r]=y(!1),{position:a,setPosition:s,reset:l}=Fe(),[d,u]=y(null),c=X(()=>n.read?e.run(En,{filter:o?"personId isNotNull":"personId isNull",...Le(a)}):Promise.resolve(null),[o,a]);if(!n.read)return t("section",{children:[t("h1",{children:"Keys"}),t("p",{class:"note",children:Z(n.permission,"read keys")})]});let f=n.write?void 0:Z(n.permission,"create or change keys"),m=c.data?.authAccesses.edges.map(i=>i.node)??[];return t("section",{"aria-labelledby":"keys-title",children:[t("div",{class:"page-head",children:[t("h1",{id:"keys-title",children:"Keys"}),t("button",{type:"button",class:"primary",disabled:!n.write,title:f,onClick:()=>u("create"),children:"Create key"}),t("button",{type:"button",disabled:!n.write,title:f,onClick:()=>u("session"),children:"New connect session"})]}),n.write?null:t("p",{class:"note",children:f}),t("div",{class:"tabs",role:"group","aria-label":"Show",children:[t("button",{type:"button","aria-pressed":!o,onClick:()=>(r(!1),l()),children:"API keys"}),t("button",{type:"button","aria-pressed":o,onClick:()=>(r(!0),l()),children:"Connect sessions"})]}),t($,{error:c.error}),t("table",{class:"data","aria-busy":c.loading,children:[t("caption",{class:"visually-hidden",children:[o?"Connect sessions":"API keys",", newest first"]}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Name"}),t("th",{scope:"col",children:"Level"}),t("th",{scope:"col",children:"Token"}),t("th",{scope:"col",children:"Status"}),o?t("th",{scope:"col",children:"Person and sources"}):t("th",{scope:"col",children:"Description"}),t("th",{scope:"col",children:"Last used"}),t("th",{scope:"col",children:"Expires"}),t("th",{scope:"col",children:"Actions"})]})}),t("tbody",{children:[m.map(i=>t(Do,{k:i,onChange:c.reload,session:o},i.id)),!c.loading&&m.length===0?t("tr",{children:t("td",{colSpan:8,class:"empty",children:["No ",o?"connect sessions":"keys"," yet."]})}):null]})]}),t(Ue,{label:"Keys",info:c.data?.authAccesses.pageInfo,position:a,onMove:s}),d==="create"?t(Gn,{onClose:()=>u(null),onCreated:c.reload}):null,d==="session"?t(zn,{onClose:()=>u(null),onCreated:c.reload}):null]})}function Do({k:e,onChange:n,session:o}){let{api:r,caps:a,viewer:s}=M(),{busy:l,error:d,act:u}=Pe(),[c,f]=y(null),m=e.id===s.authAccess.id,i=a.write?void 0:Z(a.permission,"change keys");return t("tr",{"data-key":e.name,children:[t("td",{children:[e.name,m?t("small",{children:" (this key)"}):null]}),t("td",{children:e.permission}),t("td",{children:t("code",{children:e.token})}),t("td",{children:e.isEnabled?t("span",{class:"badge ok",children:"enabled"}):t("span",{class:"badge off",children:"disabled"})}),o?t("td",{children:[e.personId,t("small",{children:[" ",e.sources?.join(", ")??"all sources"]})]}):t("td",{children:e.description??"\u2014"}),t("td",{children:G(e.lastUsedTime)}),t("td",{children:G(e.expiresTime)}),t("td",{children:[t("div",{class:"actions",children:[t("button",{type:"button",disabled:l||!a.write,title:i,onClick:()=>f("rotate"),children:"Rotate"}),e.isEnabled?t("button",{type:"button",disabled:l||!a.write||m,title:m?"You are signed in with this key.":i,onClick:()=>u(()=>r.run(xn,{id:e.id}),n),children:"Disable"}):t("button",{type:"button",disabled:l||!a.write,title:i,onClick:()=>u(()=>r.run(Dn,{id:e.id}),n),children:"Enable"}),t("button",{type:"button",disabled:l||!a.write,title:i,onClick:()=>f("edit"),children:"Edit"}),t($,{error:d})]}),c==="rotate"?t(So,{k:e,onClose:()=>f(null),onRotated:n}):null,c==="edit"?t(To,{k:e,onClose:()=>f(null),onSaved:()=>{f(null),n()}}):null]})]})}var xo=[{seconds:0,label:"none: the old secret stops now"},{seconds:3600,label:"1 hour"},{seconds:86400,label:"1 day"},{seconds:604800,label:"7 days"}];function So(e){let{api:n,viewer:o}=M(),[r,a]=y(3600),[s,l]=y(null),[d,u]=y(!1),[c,f]=y(null);return c?t(H,{title:`New secret of ${e.k.name}`,onClose:e.onClose,children:[t(Ve,{secret:c.key}),t("p",{children:c.until?`The previous secret keeps working until ${G(c.until)}.`:"The previous secret no longer works."}),e.k.id===o.authAccess.id?t("p",{class:"note",children:"This is the key you are signed in with: sign in again with the new secret."}):null,t("div",{class:"buttons",children:t("button",{type:"button",class:"primary",onClick:e.onClose,children:"Done"})})]}):t(H,{title:`Rotate ${e.k.name}`,onClose:e.onClose,children:t("form",{onSubmit:async m=>{m.preventDefault(),u(!0);try{let i=await n.run(In,{id:e.k.id,gracePeriod:r});f({key:i.rotateAuthAccessSecret.secretKey,until:i.rotateAuthAccessSecret.previousSecretExpiresTime}),e.onRotated()}catch(i){l(i)}finally{u(!1)}},children:[t("p",{children:"The key gets a new secret; its id, token, level and name stay."}),t(I,{label:"The previous secret keeps working for",children:m=>t("select",{id:m,value:r,onChange:i=>a(Number(i.target.value)),children:xo.map(i=>t("option",{value:i.seconds,children:i.label},i.seconds))})}),t($,{error:s}),t("div",{class:"buttons",children:[t("button",{type:"button",onClick:e.onClose,children:"Cancel"}),t("button",{type:"submit",class:"primary",disabled:d,children:"Rotate"})]})]})})}function To(e){let{api:n}=M(),[o,r]=y(e.k.description??""),[a,s]=y(e.k.foreignData??""),[l,d]=y(null);return t(H,{title:`Edit ${e.k.name}`,onClose:e.onClose,children:t("form",{onSubmit:async u=>{u.preventDefault();let c={},f=[];o.trim()?c.description=o.trim():e.k.description&&f.push("DESCRIPTION"),a.trim()?c.foreignData=a:e.k.foreignData&&f.push("FOREIGN_DATA");try{await n.run(Sn,{id:e.k.id,change:c,remove:f}),e.onSaved()}catch(m){d(m)}},children:[t(I,{label:"Description",children:u=>t("input",{id:u,value:o,onInput:c=>r(c.target.value)})}),t(I,{label:"Foreign data",hint:"Free text your own systems keep with the key.",children:(u,c)=>t("textarea",{id:u,"aria-describedby":c,rows:4,value:a,onInput:f=>s(f.target.value)})}),t($,{error:l}),t("div",{class:"buttons",children:[t("button",{type:"button",onClick:e.onClose,children:"Cancel"}),t("button",{type:"submit",class:"primary",children:"Save"})]})]})})}var ot="latchkey.console.key";function rt(){try{return sessionStorage.getItem(ot)}catch{return null}}function Oe(e){try{e===null?sessionStorage.removeItem(ot):sessionStorage.setItem(ot,e)}catch{}}function Yn(){let{api:e,caps:n}=M(),o=X(()=>e.run(fe),[]),r=X(()=>n.read?e.run(Re):Promise.resolve(null),[]),[a,s]=y(null),l=n.write?void 0:Z(n.permission,"add sources or platform apps"),d=o.data?.sources.edges.map(u=>u.node)??[];return t("section",{"aria-labelledby":"sources-title",children:[t("div",{class:"page-head",children:[t("h1",{id:"sources-title",children:"Sources"}),t("button",{type:"button",class:"primary",disabled:!n.write,title:l,onClick:()=>s("source"),children:"Add custom source"})]}),n.write?null:t("p",{class:"note",children:l}),t($,{error:o.error}),t("table",{class:"data",children:[t("caption",{class:"visually-hidden",children:"Sources"}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Source"}),t("th",{scope:"col",children:"Key"}),t("th",{scope:"col",children:"Credential types and fields"}),t("th",{scope:"col",children:"Verification"})]})}),t("tbody",{children:d.map(u=>t("tr",{"data-source":u.key,children:[t("td",{children:u.name}),t("td",{children:t("code",{children:u.key})}),t("td",{children:u.credentialTypes.map(c=>t("div",{children:[t("b",{children:c.name}),c.requiresPlatformApp?t("small",{children:" (needs a platform app)"}):null,":"," ",c.fields.map(f=>`${f.label}${f.secret?" (secret)":""}${f.required?"":" (optional)"}`).join(", ")]},c.key))}),t("td",{children:u.verification?t("code",{children:[u.verification.method," ",u.verification.baseUrl,u.verification.path," \u2192 ",u.verification.identifierPath]}):"built in"})]},u.key))})]}),t("div",{class:"page-head",children:[t("h2",{id:"apps-title",children:"Platform apps"}),t("button",{type:"button",disabled:!n.write,title:l,onClick:()=>s("app"),children:"Add platform app"})]}),n.read?t(J,{children:[t($,{error:r.error}),t("table",{class:"data","aria-labelledby":"apps-title",children:[t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Name"}),t("th",{scope:"col",children:"Source"}),t("th",{scope:"col",children:"Client id"}),t("th",{scope:"col",children:"Created"})]})}),t("tbody",{children:[(r.data?.platformApps.edges??[]).map(({node:u})=>t("tr",{children:[t("td",{children:u.name}),t("td",{children:u.source.name}),t("td",{children:t("code",{children:u.clientId})}),t("td",{children:G(u.createdTime)})]},u.id)),r.data&&r.data.platformApps.edges.length===0?t("tr",{children:t("td",{colSpan:4,class:"empty",children:"No platform apps yet. Their client secrets are stored encrypted and never shown."})}):null]})]})]}):t("p",{class:"note",children:Z(n.permission,"read platform apps")}),a==="source"?t(wo,{onClose:()=>s(null),onCreated:o.reload}):null,a==="app"?t($o,{sources:d,onClose:()=>s(null),onCreated:r.reload}):null]})}function wo(e){let{api:n}=M(),[o,r]=y({key:"",name:"",baseUrl:"https://",method:"GET",path:"/",placement:"BEARER",field:"token",passwordField:"",paramName:"",identifierPath:"",displayNamePath:""}),[a,s]=y([{name:"token",label:"API token",secret:!0,required:!0,pattern:""}]),[l,d]=y(null),u=m=>i=>r({...o,[m]:i.target.value}),c=(m,i,p,g=!0)=>t(I,{label:m+(g?"":" (optional)"),hint:p,children:(_,C)=>t("input",{id:_,required:g,"aria-describedby":C,value:o[i],onInput:u(i)})}),f=(m,i)=>s(a.map((p,g)=>m===g?{...p,...i}:p));return t(H,{title:"Add custom source",onClose:e.onClose,wide:!0,children:t("form",{onSubmit:async m=>{m.preventDefault(),d(null);try{await n.run(Rn,{input:{key:o.key.trim(),name:o.name.trim(),baseUrl:o.baseUrl.trim(),method:o.method,path:o.path.trim(),placement:o.placement,field:o.field.trim(),passwordField:o.passwordField.trim()||null,paramName:o.paramName.trim()||null,identifierPath:o.identifierPath.trim(),displayNamePath:o.displayNamePath.trim()||null,fields:a.map(i=>({name:i.name.trim(),label:i.label.trim(),secret:i.secret,required:i.required,pattern:i.pattern||null}))}}),e.onCreated(),e.onClose()}catch(i){d(i)}},children:[t("div",{class:"grid2",children:[c("Key","key","Lower-case letters, digits and dashes, such as \u201Cacme-crm\u201D."),c("Name","name")]}),t("fieldset",{children:[t("legend",{children:"Credential fields"}),a.map((m,i)=>t("div",{class:"field-row",children:[t(I,{label:`Field ${i+1} name`,children:p=>t("input",{id:p,required:!0,value:m.name,onInput:g=>f(i,{name:g.target.value})})}),t(I,{label:"Label",children:p=>t("input",{id:p,required:!0,value:m.label,onInput:g=>f(i,{label:g.target.value})})}),t(I,{label:"Pattern (optional)",children:p=>t("input",{id:p,value:m.pattern,onInput:g=>f(i,{pattern:g.target.value})})}),t("label",{class:"check",children:[t("input",{type:"checkbox",checked:m.secret,onChange:p=>f(i,{secret:p.target.checked})})," secret"]}),t("label",{class:"check",children:[t("input",{type:"checkbox",checked:m.required,onChange:p=>f(i,{required:p.target.checked})})," required"]}),a.length>1?t("button",{type:"button",onClick:()=>s(a.filter((p,g)=>g!==i)),children:["Remove field ",i+1]}):null]},i)),t("button",{type:"button",onClick:()=>s([...a,{name:"",label:"",secret:!1,required:!0,pattern:""}]),children:"Add a field"})]}),t("fieldset",{children:[t("legend",{children:"Verification: the protected call that proves the credentials"}),t("div",{class:"grid2",children:[c("Base URL","baseUrl","https:// and a public address."),c("Path","path","Such as /v1/me."),t(I,{label:"Method",children:m=>t("select",{id:m,value:o.method,onChange:u("method"),children:[t("option",{children:"GET"}),t("option",{children:"POST"})]})}),t(I,{label:"Credential placement",children:m=>t("select",{id:m,value:o.placement,onChange:u("placement"),children:[t("option",{value:"BEARER",children:"Authorization: Bearer"}),t("option",{value:"BASIC",children:"Authorization: Basic"}),t("option",{value:"HEADER",children:"a header of its own"}),t("option",{value:"QUERY",children:"a query parameter"})]})}),c("Field sent","field","The credential field the call carries."),c("Password field","passwordField","For Basic.",!1),c("Header or parameter name","paramName","For a header or a query parameter.",!1),c("Identifier path","identifierPath","Where the account\u2019s id is in the answer, such as data.id."),c("Display name path","displayNamePath",void 0,!1)]})]}),t($,{error:l}),t("div",{class:"buttons",children:[t("button",{type:"button",onClick:e.onClose,children:"Cancel"}),t("button",{type:"submit",class:"primary",children:"Add source"})]})]})})}function $o(e){let{api:n}=M(),[o,r]=y(e.sources[0]?.key??""),[a,s]=y(""),[l,d]=y(""),[u,c]=y(""),[f,m]=y(null);return t(H,{title:"Add platform app",onClose:e.onClose,children:t("form",{onSubmit:async i=>{i.preventDefault(),m(null);try{await n.run(Pn,{input:{source:o,name:a.trim(),clientId:l.trim(),clientSecret:u}}),c(""),e.onCreated(),e.onClose()}catch(p){m(p)}},children:[t(I,{label:"Source",children:i=>t("select",{id:i,value:o,onChange:p=>r(p.target.value),children:e.sources.map(p=>t("option",{value:p.key,children:p.name},p.key))})}),t(I,{label:"Name",hint:"Unique per source; you pick the app by it.",children:(i,p)=>t("input",{id:i,required:!0,"aria-describedby":p,value:a,onInput:g=>s(g.target.value)})}),t(I,{label:"Client id",children:i=>t("input",{id:i,required:!0,value:l,onInput:p=>d(p.target.value)})}),t(I,{label:"Client secret",hint:"Stored encrypted; never shown again.",children:(i,p)=>t("input",{id:i,type:"password",autocomplete:"off",required:!0,"aria-describedby":p,value:u,onInput:g=>c(g.target.value)})}),t($,{error:f}),t("div",{class:"buttons",children:[t("button",{type:"button",onClick:e.onClose,children:"Cancel"}),t("button",{type:"submit",class:"primary",children:"Add app"})]})]})})}var Zn=Et(null);function M(){let e=qt(Zn);if(!e)throw new Error("useSession outside a signed-in console");return e}var Po=document.baseURI;function Ro(){let[e,n]=y(()=>location.hash.replace(/^#/,"")||"/accounts");return re(()=>{let o=()=>n(location.hash.replace(/^#/,"")||"/accounts");return addEventListener("hashchange",o),()=>removeEventListener("hashchange",o)},[]),e}function eo(){let[e,n]=y(null),[o,r]=y(()=>rt()!==null),[a,s]=y(null),l=async u=>{let c=new $e(Po,u);try{let f=await c.run(fn);Oe(u),s(null),n({api:c,viewer:f.viewer,caps:qn(f.viewer.permission)})}catch(f){Oe(null),s(f)}finally{r(!1)}},d=()=>{e?.api.close(),Oe(null),n(null),location.hash=""};return re(()=>{let u=rt();u&&l(u)},[]),o?t("p",{class:"loading",children:"Signing in\u2026"}):e?t(Zn.Provider,{value:e,children:t(qo,{onSignOut:d})}):t(No,{onSignIn:l,error:a})}function No(e){let[n,o]=y(""),[r,a]=y(!1);return t("main",{class:"signin",children:[t("h1",{children:"Latchkey console"}),t("form",{onSubmit:async s=>{s.preventDefault(),a(!0),await e.onSignIn(n.trim()),o(""),a(!1)},children:[t("label",{for:"secret-key",children:"Secret key"}),t("input",{id:"secret-key",type:"password",autocomplete:"off",spellcheck:!1,placeholder:"lksk_\u2026",required:!0,value:n,onInput:s=>o(s.target.value)}),t("p",{class:"hint",children:["Paste an API key (",t("code",{children:"latchkey keys create"})," makes the first one). It is kept in this tab only and forgotten when you sign out or close the tab."]}),t("button",{type:"submit",class:"primary",disabled:r,children:"Sign in"})]}),t($,{error:e.error})]})}var Xn=[{path:"/accounts",label:"Accounts"},{path:"/keys",label:"Keys"},{path:"/events",label:"Events"},{path:"/sources",label:"Sources"}];function qo(e){let{viewer:n}=M(),o=Ro(),[,r,a]=o.split("/");re(()=>{document.title=`${Xn.find(l=>l.path===`/${r}`)?.label??"Latchkey"} \xB7 ${n.environment.name} \xB7 Latchkey`},[r]);let s;return r==="accounts"&&a?s=t(Kn,{id:decodeURIComponent(a)}):r==="keys"?s=t(Jn,{}):r==="events"?s=t(jn,{}):r==="sources"?s=t(Yn,{}):s=t(Qn,{}),t(J,{children:[t("header",{class:"top",children:[t("span",{class:"brand",children:"Latchkey"}),t("nav",{"aria-label":"Console",children:[Xn.map(l=>t("a",{href:`#${l.path}`,"aria-current":`/${r}`===l.path?"page":void 0,children:l.label},l.path)),t("a",{href:"./",children:"GraphiQL"})]}),t("div",{class:"who","aria-label":"Signed in as",children:[t("span",{title:`environment ${n.environment.slug}`,children:[t("b",{children:n.environment.name})," ",t("code",{children:n.environment.slug})]}),t("span",{class:"key-name",children:n.authAccess.name}),t("span",{class:"level",children:n.permission}),t("button",{type:"button",onClick:e.onSignOut,children:"Sign out"})]})]}),t("main",{id:"main",children:s})]})}var it=document.getElementById("app");it&&(it.textContent="",vt(t(eo,{}),it));})();
